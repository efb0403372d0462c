class Solution:
    def validTree(self, n: int, edges: List[List[int]]) -> bool:
        if len(edges) != n - 1:
            return False  # a tree on n nodes has exactly n - 1 edges
        parent = list(range(n))

        def root(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for a, b in edges:
            ra, rb = root(a), root(b)
            if ra == rb:
                return False  # closes a cycle
            parent[ra] = rb
        return True  # n - 1 edges and no cycle: connected
