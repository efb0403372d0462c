class KthLargest:

    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.top = []  # a min-heap of the k largest values so far; its root is the k-th largest
        for x in nums:
            self.add(x)

    def add(self, val: int) -> int:
        if len(self.top) < self.k:
            heappush(self.top, val)
        elif val > self.top[0]:
            heapreplace(self.top, val)
        return self.top[0]
