# Off-by-one base case: starts from ways(0) = 0, ways(1) = 1, so it returns the n-th Fibonacci number, one position too early.
class Solution:
    def climbStairs(self, n: int) -> int:
        a, b = 0, 1
        for _ in range(n - 1):
            a, b = b, a + b
        return b if n > 1 else 1
