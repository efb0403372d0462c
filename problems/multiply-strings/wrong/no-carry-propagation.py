# Writes each slot's sum straight into the answer without carrying, so slots above 9 become two digits in the wrong place.
class Solution:
    def multiply(self, num1: str, num2: str) -> str:
        a = [int(d) for d in reversed(num1)]
        b = [int(d) for d in reversed(num2)]
        slots = [0] * (len(a) + len(b))
        for i, x in enumerate(a):
            for j, y in enumerate(b):
                slots[i + j] += x * y
        while len(slots) > 1 and slots[-1] == 0:
            slots.pop()
        return "".join(map(str, reversed(slots)))
