# Subset-sum reduction without checking |target| <= sum(nums): for a target below -sum, ways[plus] with a negative plus reads ways[-1].
class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        total = sum(nums)
        if (total + target) % 2:
            return 0
        plus = (total + target) // 2
        ways = [1] + [0] * plus
        for x in nums:
            for s in range(plus, x - 1, -1):
                ways[s] += ways[s - x]
        return ways[plus]
