# Forgets that starting on step 1 is free: every path begins by paying cost[0].
class Solution:
    def minCostClimbingStairs(self, cost: List[int]) -> int:
        two_back, one_back = cost[0], cost[0] + cost[1]
        for fee in cost[2:]:
            two_back, one_back = one_back, fee + min(two_back, one_back)
        return min(two_back, one_back)
