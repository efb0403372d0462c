# Correct counts, but plain recursion walks every route separately: exponential, times out near 2 * 10^9 routes.
class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        if m == 1 or n == 1:
            return 1
        return self.uniquePaths(m - 1, n) + self.uniquePaths(m, n - 1)
