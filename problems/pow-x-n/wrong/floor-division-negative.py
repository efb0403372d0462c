# Recurses on n // 2 without converting a negative n first: -1 // 2 == -1, so the recursion never ends.
class Solution:
    def myPow(self, x: float, n: int) -> float:
        if n == 0:
            return 1.0
        half = self.myPow(x, n // 2)
        return half * half * x if n % 2 else half * half
