# Oracle: every set of positions for short strings; otherwise one numpy pass per character of t, with row_j = running sum of row_{j-1} at the positions of s that match t[j - 1] (exact Python ints).
from itertools import combinations

import numpy as np


def oracle(s, t):
    if len(s) <= 16:
        return sum(1 for picked in combinations(range(len(s)), len(t)) if all(s[p] == c for p, c in zip(picked, t)))
    chars = np.array(list(s))
    # row[i]: ways to form the current prefix of t using s[:i]
    row = np.ones(len(s) + 1, dtype=object)
    for ch in t:
        picked = np.where(chars == ch, row[:-1], 0)  # t's next letter taken at position i of s
        row = np.concatenate(([0], np.cumsum(picked))).astype(object)
    return int(row[-1])
