# Starts the answer at 0 (an empty subarray): an all-negative list returns 0 instead of its largest element.
class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        best = running = 0
        for x in nums:
            running = max(0, running + x)
            best = max(best, running)
        return best
