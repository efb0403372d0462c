# Correct answers, but runs a fresh search from every course to see if it leads back to itself: O(V·(V + E)), times out.
class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        adj = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            adj[b].append(a)
        for s in range(numCourses):
            seen = set()
            stack = list(adj[s])
            while stack:
                u = stack.pop()
                if u == s:
                    return False
                if u not in seen:
                    seen.add(u)
                    stack.extend(adj[u])
        return True
