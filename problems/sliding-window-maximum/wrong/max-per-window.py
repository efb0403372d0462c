# Correct answers, but recomputes max() over every window: O(n * k), times out on the large hidden case.
class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]
