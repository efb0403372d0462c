# Returns the courses it managed to order even when a cycle blocks the rest, instead of [].
class Solution:
    def findOrder(self, numCourses: int, prerequisites: List[List[int]]) -> List[int]:
        dependants = [[] for _ in range(numCourses)]
        waiting = [0] * numCourses
        for course, before in prerequisites:
            dependants[before].append(course)
            waiting[course] += 1
        order = [c for c in range(numCourses) if waiting[c] == 0]
        for course in order:
            for nxt in dependants[course]:
                waiting[nxt] -= 1
                if waiting[nxt] == 0:
                    order.append(nxt)
        return order
