# Oracle: brute force, counts every value and returns the one seen once.
from collections import Counter


def oracle(nums):
    return next(v for v, k in Counter(nums).items() if k == 1)
