# Second implementation (scikit-learn's kmeans_plusplus draws from numpy's generator and samples several candidates, so it cannot match a random.Random sequence): numpy broadcasting for the squared distances, np.cumsum + np.searchsorted(side='right') for the weighted draw.
import random

import numpy as np


def oracle(points, k, seed):
    rng = random.Random(seed)
    X = np.asarray(points, dtype=float)
    n = len(X)
    chosen = [rng.randrange(n)]
    D = ((X - X[chosen[0]]) ** 2).sum(axis=1)
    while len(chosen) < k:
        cum = np.cumsum(D)
        if cum[-1] == 0:
            mask = np.ones(n, dtype=bool)
            mask[chosen] = False
            nxt = int(np.flatnonzero(mask)[0])
        else:
            u = rng.random() * cum[-1]
            nxt = int(np.searchsorted(cum, u, side='right'))
            if nxt >= n:
                nxt = int(np.flatnonzero(D > 0)[-1])
        chosen.append(nxt)
        D = np.minimum(D, ((X - X[nxt]) ** 2).sum(axis=1))
    return chosen
