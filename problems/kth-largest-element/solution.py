class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        heap = nums[:k]  # min-heap holding the k largest values seen so far
        heapify(heap)
        for x in nums[k:]:
            if x > heap[0]:
                heapreplace(heap, x)
        return heap[0]
