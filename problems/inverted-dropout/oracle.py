# Second implementation (the mask is defined by Python's generator, which numpy cannot replay): all
# n·d uniforms drawn up front with random.Random(seed).random(), then numpy builds the mask as
# u >= p on the reshaped (n, d) array and the output with np.where(mask, x / (1 - p), 0).
import random

import numpy as np


def oracle(x, p, training, seed):
    X = np.asarray(x, dtype=float)
    if X.ndim == 1:
        X = X.reshape(len(x), 0)
    if not training:
        return [X.tolist(), np.ones(X.shape, dtype=int).tolist()]
    rng = random.Random(seed)
    u = np.array([rng.random() for _ in range(X.size)]).reshape(X.shape)
    keep = u >= p
    out = np.where(keep, X / (1.0 - p) if p < 1 else 0.0, 0.0)
    return [out.tolist(), keep.astype(int).tolist()]
