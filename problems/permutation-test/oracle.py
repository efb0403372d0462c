# Oracle: second implementation, written differently from the reference: it replays the same random.Random(seed).shuffle calls on a list of indices (a shuffle depends only on the list's length and the generator), stacks the n_perm index permutations into a numpy array, and computes all permuted mean differences and the two-sided count at once.
import random

import numpy as np


def oracle(a, b, n_perm, seed):
    pooled = np.asarray(list(a) + list(b), dtype=float)
    na = len(a)
    observed = float(np.mean(a) - np.mean(b))
    rng = random.Random(seed)
    order = list(range(len(pooled)))
    perms = np.empty((n_perm, len(pooled)), dtype=int)
    for i in range(n_perm):
        rng.shuffle(order)
        perms[i] = order
    values = pooled[perms]
    diffs = values[:, :na].mean(axis=1) - values[:, na:].mean(axis=1)
    extreme = int(np.count_nonzero(np.abs(diffs) >= abs(observed) - 1e-9))
    return [observed, (extreme + 1) / (n_perm + 1)]
