class DetectSquares:

    def __init__(self):
        self.counts = Counter()             # (x, y) -> copies stored
        self.columns = defaultdict(Counter)  # x -> {y: copies}

    def add(self, point: List[int]) -> None:
        x, y = point
        self.counts[(x, y)] += 1
        self.columns[x][y] += 1

    def count(self, point: List[int]) -> int:
        qx, qy = point
        total = 0
        # A second corner in the query's column fixes the side; the square lies to its left or right.
        for y, same_column in self.columns[qx].items():
            side = y - qy
            if side == 0:
                continue
            for x in (qx + side, qx - side):
                total += same_column * self.counts[(x, qy)] * self.counts[(x, y)]
        return total
