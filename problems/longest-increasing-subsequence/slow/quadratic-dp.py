# Correct O(n^2) dynamic programme, which LeetCode accepts (n <= 2500): misses the O(n log n) follow-up at 20,000 values.
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        best = [1] * len(nums)
        for i in range(len(nums)):
            for j in range(i):
                if nums[j] < nums[i] and best[j] + 1 > best[i]:
                    best[i] = best[j] + 1
        return max(best)
