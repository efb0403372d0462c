# Does not track which numbers are already in the path: produces all n^n sequences, including [1, 1, 1].
class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        result, path = [], []
        def backtrack():
            if len(path) == len(nums):
                result.append(path[:])
                return
            for x in nums:
                path.append(x)
                backtrack()
                path.pop()
        backtrack()
        return result
