# Second implementation (the draws are defined by Python's generator, which numpy's RNG cannot replay):
# the k uniforms come from random.Random(seed).random(); numpy does the rest - cumsum (a sequential
# left-to-right accumulate) and searchsorted(side="right"), clipped to the last index.
import random

import numpy as np


def oracle(weights, k, seed):
    rng = random.Random(seed)
    u = np.array([rng.random() for _ in range(k)], dtype=float)
    cum = np.cumsum(np.asarray(weights, dtype=float))
    idx = np.searchsorted(cum, u * cum[-1], side="right")
    return np.minimum(idx, len(weights) - 1).tolist()
