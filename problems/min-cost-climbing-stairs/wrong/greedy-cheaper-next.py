# Greedy: starts on the cheaper of the first two steps and always moves to the cheaper of the next two.
class Solution:
    def minCostClimbingStairs(self, cost: List[int]) -> int:
        n = len(cost)
        i = 0 if cost[0] <= cost[1] else 1
        total = cost[i]
        while i + 2 < n:
            i = i + 1 if cost[i + 1] <= cost[i + 2] else i + 2
            total += cost[i]
        return total
