# Backtracking that appends the shared path list instead of a copy: every recorded subset ends up empty.
class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        result, path = [], []
        def go(start):
            result.append(path)
            for i in range(start, len(nums)):
                path.append(nums[i])
                go(i + 1)
                path.pop()
        go(0)
        return result
