# Never checks that target occurs, so a missing value returns [i, i - 1] instead of [-1, -1].
class Solution:
    def searchRange(self, nums: List[int], target: int) -> List[int]:
        if not nums:
            return [-1, -1]
        return [bisect_left(nums, target), bisect_right(nums, target) - 1]
