# Does not skip a diagonal point with the query's x or y, so points on the query's row, column or position add zero-area "squares".
class DetectSquares:

    def __init__(self):
        self.counts = Counter()

    def add(self, point: List[int]) -> None:
        self.counts[tuple(point)] += 1

    def count(self, point: List[int]) -> int:
        qx, qy = point
        total = 0
        for (x, y), copies in list(self.counts.items()):
            if abs(x - qx) != abs(y - qy):
                continue
            total += copies * self.counts[(x, qy)] * self.counts[(qx, y)]
        return total
