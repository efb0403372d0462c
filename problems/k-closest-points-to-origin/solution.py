class Solution:
    def kClosest(self, points: List[List[int]], k: int) -> List[List[int]]:
        heap = []  # the k closest so far, as (-squared distance, x, y): the root is the farthest of them
        for x, y in points:
            entry = (-(x * x + y * y), x, y)
            if len(heap) < k:
                heappush(heap, entry)
            elif entry > heap[0]:  # closer than the farthest kept point
                heapreplace(heap, entry)
        return [[x, y] for _, x, y in heap]
