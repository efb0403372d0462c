# Oracle: scipy.stats.ks_2samp(reference, live).statistic for D; the asymptotic threshold sqrt(-ln(alpha / 2) · (n + m) / (2 · n · m)) with numpy.
import numpy as np
from scipy.stats import ks_2samp


def oracle(reference, live, alpha):
    n, m = len(reference), len(live)
    d = float(ks_2samp(np.asarray(reference, dtype=float), np.asarray(live, dtype=float)).statistic)
    threshold = float(np.sqrt(-np.log(alpha / 2.0) * (n + m) / (2.0 * n * m)))
    return [d, threshold, bool(d > threshold)]
