# Oracle: every way to choose which positions of s3 come from s1 for short strings; otherwise a breadth-first search over (i, j) states.
from collections import deque
from itertools import combinations


def oracle(s1, s2, s3):
    m, n = len(s1), len(s2)
    if m + n != len(s3):
        return False
    if m + n <= 14:
        for picked in combinations(range(m + n), m):
            chosen = set(picked)
            if "".join(s3[k] for k in picked) == s1 and "".join(s3[k] for k in range(m + n) if k not in chosen) == s2:
                return True
        return False
    seen = {(0, 0)}
    queue = deque([(0, 0)])
    while queue:
        i, j = queue.popleft()
        if (i, j) == (m, n):
            return True
        c = s3[i + j]
        for nxt, ok in (((i + 1, j), i < m and s1[i] == c), ((i, j + 1), j < n and s2[j] == c)):
            if ok and nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return False
