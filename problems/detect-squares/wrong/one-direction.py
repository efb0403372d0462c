# Only looks for squares above and to the right of the query point.
class DetectSquares:

    def __init__(self):
        self.counts = Counter()

    def add(self, point: List[int]) -> None:
        self.counts[tuple(point)] += 1

    def count(self, point: List[int]) -> int:
        qx, qy = point
        total = 0
        for (x, y), copies in list(self.counts.items()):
            if x > qx and y > qy and x - qx == y - qy:
                total += copies * self.counts[(x, qy)] * self.counts[(qx, y)]
        return total
