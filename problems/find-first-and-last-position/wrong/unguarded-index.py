# Reads nums[first] without checking first < len(nums): IndexError for a target above every element.
class Solution:
    def searchRange(self, nums: List[int], target: int) -> List[int]:
        if not nums:
            return [-1, -1]
        first = bisect_left(nums, target)
        if nums[first] != target:
            return [-1, -1]
        return [first, bisect_right(nums, target) - 1]
