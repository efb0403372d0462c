# Oracle: every subarray for n <= 300; otherwise prefix sums, taking the largest prefix[j] - min(prefix[:j]).
from itertools import accumulate


def oracle(nums):
    if len(nums) <= 300:
        return max(sum(nums[i:j]) for i in range(len(nums)) for j in range(i + 1, len(nums) + 1))
    prefix = [0, *accumulate(nums)]
    best, lowest = nums[0], 0
    for p in prefix[1:]:
        best = max(best, p - lowest)
        lowest = min(lowest, p)
    return best
