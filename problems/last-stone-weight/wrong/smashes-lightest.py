# Wrong order: heapq pops the smallest values, so this smashes the two LIGHTEST stones each turn.
class Solution:
    def lastStoneWeight(self, stones: List[int]) -> int:
        heap = list(stones)
        heapify(heap)
        while len(heap) > 1:
            x = heappop(heap)
            y = heappop(heap)
            if y != x:
                heappush(heap, y - x)
        return heap[0] if heap else 0
