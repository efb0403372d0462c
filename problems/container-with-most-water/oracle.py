# Oracle: second implementation, takes heights from tallest down and pairs each line with the farthest line at least as tall (the reference walks two indices inward).
from itertools import groupby


def oracle(height):
    order = sorted(range(len(height)), key=lambda i: -height[i])
    lo = hi = None
    best = 0
    for h, group in groupby(order, key=lambda i: height[i]):
        group = list(group)
        lo = min(group) if lo is None else min(lo, min(group))
        hi = max(group) if hi is None else max(hi, max(group))
        for i in group:  # i is the shorter line; its best partner is the farthest line of height >= h
            best = max(best, h * max(i - lo, hi - i))
    return best
