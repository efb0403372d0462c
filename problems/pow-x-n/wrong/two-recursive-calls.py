# Recurses on both halves separately, so the work is O(n) again and n = 2^31 - 1 times out.
class Solution:
    def myPow(self, x: float, n: int) -> float:
        if n < 0:
            return 1 / self.myPow(x, -n)
        if n == 0:
            return 1.0
        if n == 1:
            return x
        return self.myPow(x, n // 2) * self.myPow(x, n - n // 2)
