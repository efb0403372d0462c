# Counts the edge back to a node's parent as a cycle, so any tree with an edge is rejected.
class Solution:
    def validTree(self, n: int, edges: List[List[int]]) -> bool:
        adj = [[] for _ in range(n)]
        for a, b in edges:
            adj[a].append(b)
            adj[b].append(a)
        seen = {0}
        stack = [0]
        while stack:
            for u in adj[stack.pop()]:
                if u in seen:
                    return False
                seen.add(u)
                stack.append(u)
        return len(seen) == n
