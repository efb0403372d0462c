class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        # Prim's algorithm on the complete graph, with arrays instead of a heap: O(n^2).
        n = len(points)
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        link = [float("inf")] * n  # cheapest connection from the tree to each outside point
        in_tree = [False] * n
        link[0] = 0
        total = 0
        for _ in range(n):
            best, u = float("inf"), -1
            for v in range(n):
                if not in_tree[v] and link[v] < best:
                    best, u = link[v], v
            in_tree[u] = True
            total += best
            ux, uy = xs[u], ys[u]
            for v in range(n):
                if not in_tree[v]:
                    d = abs(ux - xs[v]) + abs(uy - ys[v])
                    if d < link[v]:
                        link[v] = d
        return total
