# Sizes the parent array for labels 0 to n - 1, so node n is out of range.
class Solution:
    def findRedundantConnection(self, edges: List[List[int]]) -> List[int]:
        parent = list(range(len(edges)))

        def root(x):
            while parent[x] != x:
                x = parent[x]
            return x

        for a, b in edges:
            ra, rb = root(a), root(b)
            if ra == rb:
                return [a, b]
            parent[ra] = rb
        return []
