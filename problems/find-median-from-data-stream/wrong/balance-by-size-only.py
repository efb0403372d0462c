# Puts each number in whichever heap is smaller, without comparing values: the halves stop being ordered.
class MedianFinder:

    def __init__(self):
        self.low = []
        self.high = []

    def addNum(self, num: int) -> None:
        if len(self.low) <= len(self.high):
            heappush(self.low, -num)
        else:
            heappush(self.high, num)

    def findMedian(self) -> float:
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2
