# Oracle: second implementation with numpy: for every start, the earliest end that holds enough of each letter of t (the k-th next occurrence, by binary search); the shortest, leftmost first.
from collections import Counter

import numpy as np


def oracle(s, t):
    n = len(s)
    starts = np.arange(n)
    end = np.zeros(n, dtype=np.int64)
    for ch, need in Counter(t).items():
        pos = np.array([i for i, c in enumerate(s) if c == ch], dtype=np.int64)
        if len(pos) < need:
            return ""
        idx = np.searchsorted(pos, starts) + need - 1  # index of the need-th occurrence at or after each start
        ok = idx < len(pos)
        reach = np.where(ok, pos[np.minimum(idx, len(pos) - 1)], n + n)
        end = np.maximum(end, reach)
    length = end - starts + 1
    best = int(np.argmin(length))  # argmin returns the first (leftmost) of equal lengths
    if end[best] >= n:
        return ""
    return s[best:best + int(length[best])]
