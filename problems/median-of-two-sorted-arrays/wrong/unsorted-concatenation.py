# Takes the median of nums1 + nums2 without merging, as if the concatenation were already sorted.
class Solution:
    def findMedianSortedArrays(self, nums1: List[int], nums2: List[int]) -> float:
        merged = nums1 + nums2
        k = len(merged)
        if k % 2:
            return float(merged[k // 2])
        return (merged[k // 2 - 1] + merged[k // 2]) / 2
