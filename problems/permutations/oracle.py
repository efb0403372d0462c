# Oracle: a library implementation, itertools.permutations.
from itertools import permutations


def oracle(nums):
    return [list(p) for p in permutations(nums)]
