# Off by one: trims the heap to k - 1 values, so its root is the (k-1)-th largest.
class KthLargest:

    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.top = []
        for x in nums:
            self.add(x)

    def add(self, val: int) -> int:
        heappush(self.top, val)
        while len(self.top) >= self.k and len(self.top) > 1:
            heappop(self.top)
        return self.top[0]
