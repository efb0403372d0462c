class Solution:
    def findOrder(self, numCourses: int, prerequisites: List[List[int]]) -> List[int]:
        dependants = [[] for _ in range(numCourses)]
        waiting = [0] * numCourses  # prerequisites not yet taken
        for course, before in prerequisites:
            dependants[before].append(course)
            waiting[course] += 1
        order = [c for c in range(numCourses) if waiting[c] == 0]
        for course in order:  # order grows while we walk it, like a queue
            for nxt in dependants[course]:
                waiting[nxt] -= 1
                if waiting[nxt] == 0:
                    order.append(nxt)
        return order if len(order) == numCourses else []
