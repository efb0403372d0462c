# Sets hi = mid - 1 when the right half is sorted, which skips the minimum when it sits at mid.
class Solution:
    def findMin(self, nums: List[int]) -> int:
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] > nums[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
        return nums[lo]
