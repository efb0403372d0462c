# Always returns the element at index total // 2, which is wrong for an even total.
class Solution:
    def findMedianSortedArrays(self, nums1: List[int], nums2: List[int]) -> float:
        merged = sorted(nums1 + nums2)
        return float(merged[len(merged) // 2])
