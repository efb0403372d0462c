# Runs the carry loop on Python's unbounded integers, which never ends when one operand is negative.
class Solution:
    def getSum(self, a: int, b: int) -> int:
        while b:
            a, b = a ^ b, (a & b) << 1
        return a
