# Correct counts, but tries all 2^n sign patterns one by one: about a million calls per case with 20 numbers, too slow.
class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        def go(i, total):
            if i == len(nums):
                return 1 if total == target else 0
            return go(i + 1, total + nums[i]) + go(i + 1, total - nums[i])
        return go(0, 0)
