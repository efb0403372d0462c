# Sorts the distinct values themselves (largest first) instead of sorting them by their counts.
class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        count = Counter(nums)
        return sorted(count, reverse=True)[:k]
