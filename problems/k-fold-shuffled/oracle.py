# Independent oracle: the stated permutation (standard library), then scikit-learn's KFold
# (shuffle=False) on the permuted order, with fold positions mapped back to sample indices.
import random

import numpy as np
from sklearn.model_selection import KFold


def oracle(n, k, seed):
    if k < 2 or k > n:
        return []
    perm = list(range(n))
    random.Random(seed).shuffle(perm)
    perm = np.array(perm)
    return [[sorted(perm[train].tolist()), sorted(perm[test].tolist())]
            for train, test in KFold(n_splits=k).split(np.zeros((n, 1)))]
