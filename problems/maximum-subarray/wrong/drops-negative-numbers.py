# Restarts at every negative number instead of when the running sum turns negative, so [4, -1, 2, 1] is never joined up.
class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        best = nums[0]
        running = 0
        for x in nums:
            if x < 0:
                best = max(best, x)
                running = 0
            else:
                running += x
                best = max(best, running)
        return best
