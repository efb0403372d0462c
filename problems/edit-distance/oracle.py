# Oracle: the Levenshtein table filled one anti-diagonal at a time with numpy (every cell on a diagonal depends only on the two before it).
import numpy as np


def oracle(word1, word2):
    m, n = len(word1), len(word2)
    if m == 0 or n == 0:
        return m + n
    a = np.frombuffer(word1.encode(), dtype=np.uint8)
    b = np.frombuffer(word2.encode(), dtype=np.uint8)
    big = m + n + 1
    prev2 = np.full(m + 1, big, dtype=np.int64)  # diagonal k - 2, indexed by row i
    prev1 = np.full(m + 1, big, dtype=np.int64)  # diagonal k - 1
    prev2[0] = 0                                  # D[0][0]
    prev1[0] = 1                                  # D[0][1]
    prev1[1] = 1                                  # D[1][0]
    for k in range(2, m + n + 1):
        cur = np.full(m + 1, big, dtype=np.int64)
        lo, hi = max(1, k - n), min(m, k - 1)
        if lo <= hi:
            i = np.arange(lo, hi + 1)
            differ = (a[i - 1] != b[k - i - 1]).astype(np.int64)
            cur[i] = np.minimum(np.minimum(prev1[i - 1] + 1, prev1[i] + 1), prev2[i - 1] + differ)
        if k <= n:
            cur[0] = k   # D[0][k]
        if k <= m:
            cur[k] = k   # D[k][0]
        prev2, prev1 = prev1, cur
    return int(prev1[m])
