# Returns the empty list plus every contiguous slice nums[i:j]; subsets that skip elements, like [1, 3], are missing.
class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        result = [[]]
        for i in range(len(nums)):
            for j in range(i + 1, len(nums) + 1):
                result.append(nums[i:j])
        return result
