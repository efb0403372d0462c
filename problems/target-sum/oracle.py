# Oracle: meet in the middle; every sign pattern of each half is enumerated and the two halves' totals are matched with a Counter.
from collections import Counter
from itertools import product


def _totals(part):
    return Counter(sum(s * x for s, x in zip(signs, part)) for signs in product((1, -1), repeat=len(part)))


def oracle(nums, target):
    half = len(nums) // 2
    left, right = _totals(nums[:half]), _totals(nums[half:])
    return sum(ways * right.get(target - total, 0) for total, ways in left.items())
