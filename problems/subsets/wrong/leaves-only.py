# Records a subset only when the recursion has run past the last element AND something was chosen: the empty subset is missing.
class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        result, path = [], []
        def go(i):
            if i == len(nums):
                if path:
                    result.append(path[:])
                return
            path.append(nums[i])
            go(i + 1)
            path.pop()
            go(i + 1)
        go(0)
        return result
