# Finds the cycle correctly but returns its edge that comes first in the input, not last.
class Solution:
    def findRedundantConnection(self, edges: List[List[int]]) -> List[int]:
        n = len(edges)
        adj = {v: set() for v in range(1, n + 1)}
        for a, b in edges:
            adj[a].add(b)
            adj[b].add(a)
        # peel leaves until only the cycle remains
        degree = {v: len(adj[v]) for v in adj}
        leaves = [v for v in adj if degree[v] == 1]
        removed = set()
        while leaves:
            v = leaves.pop()
            removed.add(v)
            for u in adj[v]:
                if u not in removed:
                    degree[u] -= 1
                    if degree[u] == 1:
                        leaves.append(u)
        for a, b in edges:
            if a not in removed and b not in removed:
                return [a, b]
