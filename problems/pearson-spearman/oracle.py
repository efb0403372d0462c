# Independent oracle: scipy.stats.pearsonr and scipy.stats.spearmanr (average ranks for ties), with the
# statement's rule that an undefined correlation (a constant input, NaN in scipy) is 0.0.
import math
import warnings

import numpy as np
from scipy import stats


def oracle(x, y):
    out = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for f in (stats.pearsonr, stats.spearmanr):
            v = float(f(np.asarray(x, dtype=float), np.asarray(y, dtype=float))[0])
            out.append(0.0 if math.isnan(v) else v)
    return out
