# Swap-based backtracking that forgets to swap back: later branches start from a scrambled list, giving duplicates and missing orderings.
class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        nums = nums[:]
        result = []
        def backtrack(start):
            if start == len(nums):
                result.append(nums[:])
                return
            for i in range(start, len(nums)):
                nums[start], nums[i] = nums[i], nums[start]
                backtrack(start + 1)
        backtrack(0)
        return result
