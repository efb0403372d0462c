# Oracle: second implementation, sorts the distinct values by count (the answer is unique, so ties never matter).
from collections import Counter


def oracle(nums, k):
    counts = Counter(nums)
    return sorted(counts, key=lambda v: -counts[v])[:k]
