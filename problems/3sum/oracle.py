# Oracle: second implementation with numpy, every pair of distinct values at once, the third value looked up by binary search, multiplicities checked.
from collections import Counter

import numpy as np


def oracle(nums):
    count = Counter(nums)
    u = np.array(sorted(count), dtype=np.int64)
    if len(u) == 0:
        return []
    need = -(u[:, None] + u[None, :])  # need[i, j] = third value for the pair (u[i], u[j])
    at = np.clip(np.searchsorted(u, need), 0, len(u) - 1)
    found = (u[at] == need) & (np.arange(len(u))[None, :] >= np.arange(len(u))[:, None]) & (need >= u[None, :])
    out = []
    for i, j in zip(*np.nonzero(found)):
        a, b, c = int(u[i]), int(u[j]), int(need[i, j])
        triple = Counter((a, b, c))
        if all(count[v] >= k for v, k in triple.items()):
            out.append([a, b, c])
    return out
