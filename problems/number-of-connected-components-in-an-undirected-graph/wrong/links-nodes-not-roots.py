# Links a straight to b (parent[a] = b) instead of joining the two roots, so earlier merges are lost.
class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        parent = list(range(n))

        def root(x):
            while parent[x] != x:
                x = parent[x]
            return x

        for a, b in edges:
            if root(a) != root(b):
                parent[a] = b
        return len({root(x) for x in range(n)})
