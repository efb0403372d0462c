# Wrong read: returns the heap's last list slot, but only heap[0] is guaranteed to be the smallest of the k kept.
class KthLargest:

    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.top = []
        for x in nums:
            self.add(x)

    def add(self, val: int) -> int:
        heappush(self.top, val)
        if len(self.top) > self.k:
            heappop(self.top)
        return self.top[-1]
