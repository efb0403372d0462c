class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        best = running = nums[0]  # running: best sum of a subarray ending at the current position
        for x in nums[1:]:
            running = max(x, running + x)  # extend the run, or start again at x
            best = max(best, running)
        return best
