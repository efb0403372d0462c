# Oracle: brute force, counts every value and returns the one seen more than once.
from collections import Counter


def oracle(nums):
    (value,) = [v for v, k in Counter(nums).items() if k > 1]
    return value
