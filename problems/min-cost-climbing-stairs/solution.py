class Solution:
    def minCostClimbingStairs(self, cost: List[int]) -> int:
        # two_back, one_back: cheapest total to stand on steps i - 2 and i - 1, their fees paid.
        two_back, one_back = cost[0], cost[1]
        for fee in cost[2:]:
            two_back, one_back = one_back, fee + min(two_back, one_back)
        return min(two_back, one_back)
