# Treats the last step as the goal: it always pays cost[n - 1], although the top can be reached from step n - 2.
class Solution:
    def minCostClimbingStairs(self, cost: List[int]) -> int:
        best = [0] * len(cost)
        best[0], best[1] = cost[0], cost[1]
        for i in range(2, len(cost)):
            best[i] = cost[i] + min(best[i - 1], best[i - 2])
        return best[-1]
