# Oracle: second implementation, dynamic programming over intervals sorted by end (longest chain of disjoint intervals, the previous compatible one found by binary search); removals = n - chain.
from bisect import bisect_right


def oracle(intervals):
    items = sorted(intervals, key=lambda iv: iv[1])
    ends = [e for _, e in items]
    best = [0] * (len(items) + 1)  # best[i] = longest chain among the first i intervals
    for i, (s, e) in enumerate(items):
        j = bisect_right(ends, s, 0, i)  # intervals ending at or before s can precede this one
        best[i + 1] = max(best[i], best[j] + 1)
    return len(items) - best[-1]
