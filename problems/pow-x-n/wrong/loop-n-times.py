# Multiplies |n| times: correct, but O(n) times out on n = 2^31 - 1.
class Solution:
    def myPow(self, x: float, n: int) -> float:
        result = 1.0
        for _ in range(abs(n)):
            result *= x
        return 1 / result if n < 0 else result
