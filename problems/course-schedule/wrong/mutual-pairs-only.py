# Only looks for two courses that require each other, missing longer cycles such as 0 -> 1 -> 2 -> 0.
class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        pairs = {(a, b) for a, b in prerequisites}
        return not any((b, a) in pairs for a, b in prerequisites)
