# Re-explores all prerequisites from every course without remembering finished ones: exponential on layered graphs.
class Solution:
    def findOrder(self, numCourses: int, prerequisites: List[List[int]]) -> List[int]:
        needs = [[] for _ in range(numCourses)]
        for course, before in prerequisites:
            needs[course].append(before)
        order, placed = [], set()

        def place(course, path):
            if course in path:
                return False
            for before in needs[course]:
                if not place(before, path | {course}):
                    return False
            if course not in placed:
                placed.add(course)
                order.append(course)
            return True

        for c in range(numCourses):
            if not place(c, frozenset()):
                return []
        return order
