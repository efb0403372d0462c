# Oracle: every bursting order for n <= 7; otherwise memoised recursion over (left wall, right wall) choosing the last balloon, top-down.
from functools import lru_cache
from itertools import permutations


def _every_order(nums):
    best = 0
    for order in permutations(range(len(nums))):
        alive = list(range(len(nums)))
        coins = 0
        for b in order:
            k = alive.index(b)
            left = nums[alive[k - 1]] if k > 0 else 1
            right = nums[alive[k + 1]] if k + 1 < len(alive) else 1
            coins += left * nums[b] * right
            alive.pop(k)
        best = max(best, coins)
    return best


def oracle(nums):
    if len(nums) <= 7:
        return _every_order(nums)
    vals = (1, *nums, 1)

    @lru_cache(None)
    def between(l, r):
        return max((between(l, k) + vals[l] * vals[k] * vals[r] + between(k, r) for k in range(l + 1, r)), default=0)

    return between(0, len(vals) - 1)
