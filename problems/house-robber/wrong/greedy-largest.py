# Greedy: repeatedly takes the richest house still allowed and blocks its neighbours; not optimal.
class Solution:
    def rob(self, nums: List[int]) -> int:
        blocked = [False] * len(nums)
        total = 0
        for i in sorted(range(len(nums)), key=lambda i: -nums[i]):
            if not blocked[i]:
                total += nums[i]
                for j in (i - 1, i, i + 1):
                    if 0 <= j < len(nums):
                        blocked[j] = True
        return total
