# Second implementation (the resampling is defined by Python's generator, so numpy's RNG cannot
# replay it): all B·n indices drawn up front with random.Random(seed).randrange(n), then numpy does
# the rest - fancy indexing into a (B, n) array, row means, and numpy.quantile (linear) for the ends.
import random

import numpy as np


def oracle(xs, n_boot, alpha, seed):
    n = len(xs)
    rng = random.Random(seed)
    idx = np.array([rng.randrange(n) for _ in range(n_boot * n)]).reshape(n_boot, n)
    means = np.asarray(xs, dtype=float)[idx].mean(axis=1)
    lo, hi = np.quantile(means, [alpha / 2, 1 - alpha / 2])
    return [float(np.mean(xs)), float(lo), float(hi)]
