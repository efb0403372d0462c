# Measures straight-line distance (rounded) instead of Manhattan distance.
class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        n = len(points)
        link = [float("inf")] * n
        in_tree = [False] * n
        link[0] = 0
        total = 0
        for _ in range(n):
            u = min((v for v in range(n) if not in_tree[v]), key=lambda v: link[v])
            in_tree[u] = True
            total += link[u]
            for v in range(n):
                if not in_tree[v]:
                    d = math.hypot(points[u][0] - points[v][0], points[u][1] - points[v][1])
                    link[v] = min(link[v], d)
        return round(total)
