# Moves lo to mid instead of mid + 1: with two candidates left the range never shrinks, and the loop never ends.
class Solution:
    def search(self, nums: List[int], target: int) -> int:
        lo, hi = 0, len(nums) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == target:
                return mid
            if nums[mid] < target:
                lo = mid
            else:
                hi = mid - 1
        return -1
