# Correct recurrence, but plain recursion without memoization: about 1.6^n calls, times out for n around 35-45.
class Solution:
    def climbStairs(self, n: int) -> int:
        if n <= 2:
            return n
        return self.climbStairs(n - 1) + self.climbStairs(n - 2)
