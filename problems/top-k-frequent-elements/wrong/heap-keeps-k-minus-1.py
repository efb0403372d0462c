# Min-heap pops while its size is >= k instead of > k, so only k - 1 values are returned.
class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        heap = []
        for value, c in Counter(nums).items():
            heappush(heap, (c, value))
            if len(heap) >= k:
                heappop(heap)
        return [value for _, value in heap]
