# Squares with |n| but forgets to invert for a negative exponent, so 2^-2 gives 4.0.
class Solution:
    def myPow(self, x: float, n: int) -> float:
        n = abs(n)
        result = 1.0
        while n:
            if n & 1:
                result *= x
            x *= x
            n >>= 1
        return result
