# Stores points in a set, so a point added twice still counts once.
class DetectSquares:

    def __init__(self):
        self.points = set()

    def add(self, point: List[int]) -> None:
        self.points.add(tuple(point))

    def count(self, point: List[int]) -> int:
        qx, qy = point
        total = 0
        for x, y in self.points:
            if x != qx and y != qy and abs(x - qx) == abs(y - qy):
                if (x, qy) in self.points and (qx, y) in self.points:
                    total += 1
        return total
