# Uses a single visited set, so reaching a finished course a second time (a diamond) is mistaken for a cycle.
class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        adj = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            adj[b].append(a)
        visited = set()
        for s in range(numCourses):
            if s in visited:
                continue
            visited.add(s)
            stack = [s]
            while stack:
                u = stack.pop()
                for v in adj[u]:
                    if v in visited:
                        return False
                    visited.add(v)
                    stack.append(v)
        return True
