class Solution:
    def lastStoneWeight(self, stones: List[int]) -> int:
        heap = [-s for s in stones]  # heapq is a min-heap, so store negated weights
        heapify(heap)
        while len(heap) > 1:
            y = -heappop(heap)
            x = -heappop(heap)
            if y > x:
                heappush(heap, -(y - x))
        return -heap[0] if heap else 0
