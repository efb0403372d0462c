# Keeps one minimum variable that is never restored: after the minimum is popped, getMin still reports it.
class MinStack:

    def __init__(self):
        self.items = []
        self.low = float('inf')

    def push(self, val: int) -> None:
        self.items.append(val)
        self.low = min(self.low, val)

    def pop(self) -> None:
        self.items.pop()

    def top(self) -> int:
        return self.items[-1]

    def getMin(self) -> int:
        return self.low
