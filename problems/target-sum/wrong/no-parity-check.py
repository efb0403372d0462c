# Subset-sum reduction without checking that total + target is even: an odd sum is rounded down and counted.
class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        total = sum(nums)
        if abs(target) > total:
            return 0
        plus = (total + target) // 2
        ways = [1] + [0] * plus
        for x in nums:
            for s in range(plus, x - 1, -1):
                ways[s] += ways[s - x]
        return ways[plus]
