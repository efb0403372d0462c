# Off-by-one after sorting ascending: sorted(nums)[len(nums) - k - 1] is the (k+1)-th largest (or wraps around for k = n).
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        return sorted(nums)[len(nums) - k - 1]
