# Independent oracle: scipy.stats.ttest_ind(equal_var=...) for the statistic; the degrees of freedom
# (which scipy 1.10 does not return) from numpy's var(ddof=1) in the Welch-Satterthwaite formula,
# checked against scipy's p-value: 2 · t.sf(|t|, df) must reproduce it.
import warnings

import numpy as np
from scipy import stats


def oracle(a, b, equal_var):
    x, y = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a constant sample triggers a precision warning
        res = stats.ttest_ind(x, y, equal_var=equal_var)
    if equal_var:
        df = len(x) + len(y) - 2
    else:
        g1, g2 = x.var(ddof=1) / len(x), y.var(ddof=1) / len(y)
        df = (g1 + g2) ** 2 / (g1 ** 2 / (len(x) - 1) + g2 ** 2 / (len(y) - 1))
    p = 2 * stats.t.sf(abs(res.statistic), df)
    assert abs(p - res.pvalue) <= 1e-9 * max(1.0, res.pvalue) or res.pvalue < 1e-300, (p, res.pvalue)
    return [float(res.statistic), float(df)]
