# Independent oracle: scipy.stats.norm.ppf for the critical values (Cephes' ndtri, not the standard
# library's NormalDist) and numpy for the arithmetic, then rounded up.
import math

import numpy as np
from scipy import stats


def oracle(p1, p2, alpha, power):
    if p1 == p2:
        return -1
    za, zb = stats.norm.ppf(1 - alpha / 2), stats.norm.ppf(power)
    pbar = (p1 + p2) / 2
    root = za * np.sqrt(2 * pbar * (1 - pbar)) + zb * np.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
    return int(math.ceil(float(root ** 2 / (p1 - p2) ** 2)))
