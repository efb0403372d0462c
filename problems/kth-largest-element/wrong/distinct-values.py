# Deduplicates first, so it returns the k-th largest DISTINCT value (and fails when k exceeds the distinct count).
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        return sorted(set(nums), reverse=True)[k - 1]
