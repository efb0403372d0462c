# Adds the n - 1 cheapest pairs without checking for cycles, so some points may stay unconnected.
class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        n = len(points)
        costs = sorted(abs(points[i][0] - points[j][0]) + abs(points[i][1] - points[j][1])
                       for i in range(n) for j in range(i + 1, n))
        return sum(costs[:n - 1])
