# Recursive three-colour DFS: correct logic, but a 5000-course chain exceeds Python's recursion limit.
class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        adj = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            adj[b].append(a)
        state = [0] * numCourses  # 0 new, 1 on the current path, 2 done

        def has_cycle(u):
            state[u] = 1
            for v in adj[u]:
                if state[v] == 1 or (state[v] == 0 and has_cycle(v)):
                    return True
            state[u] = 2
            return False

        return not any(state[c] == 0 and has_cycle(c) for c in range(numCourses))
