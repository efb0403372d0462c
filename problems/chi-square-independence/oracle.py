# Independent oracle: scipy.stats.chi2_contingency(correction=False) - statistic, degrees of freedom,
# p-value (scipy's chi2.sf, Cephes' incomplete gamma) and the expected-frequency table.
import numpy as np
from scipy import stats


def oracle(table):
    chi2, p, dof, expected = stats.chi2_contingency(np.asarray(table, dtype=float), correction=False)
    return [float(chi2), int(dof), float(p), expected.tolist()]
