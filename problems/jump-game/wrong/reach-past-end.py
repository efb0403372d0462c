# Requires the reach to go past the last index (> n - 1 instead of >= n - 1), so a single element or an exact landing fails.
class Solution:
    def canJump(self, nums: List[int]) -> bool:
        reach = 0
        for i, jump in enumerate(nums):
            if i > reach:
                return False
            reach = max(reach, i + jump)
        return reach > len(nums) - 1
