# Oracle: every set of positions for short strings; otherwise a full table over suffixes (ways[i][j] for s[i:] and t[j:]), filled backwards.
from itertools import combinations


def oracle(s, t):
    if len(s) <= 16:
        return sum(1 for picked in combinations(range(len(s)), len(t)) if all(s[p] == c for p, c in zip(picked, t)))
    m, n = len(s), len(t)
    ways = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m + 1):
        ways[i][n] = 1
    for i in range(m - 1, -1, -1):
        row, below = ways[i], ways[i + 1]
        for j in range(n - 1, -1, -1):
            row[j] = below[j] + (below[j + 1] if s[i] == t[j] else 0)
    return ways[0][0]
