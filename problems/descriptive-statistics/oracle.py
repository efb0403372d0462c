# Independent oracle: numpy.mean, numpy.median, numpy.var(ddof=...), numpy.quantile (method "linear",
# the default) and scipy.stats.mode (which returns the smallest of tied values).
import numpy as np
from scipy import stats


def oracle(xs, ddof, qs):
    a = np.asarray(xs, dtype=float)
    mode = stats.mode(np.asarray(xs), keepdims=False).mode
    quantiles = np.quantile(a, qs).tolist() if qs else []
    return [float(a.mean()), float(np.median(a)), mode.item(), float(a.var(ddof=ddof)), quantiles]
