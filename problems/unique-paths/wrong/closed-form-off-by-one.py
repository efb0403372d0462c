# Off by one in the closed form: C(m + n - 1, m) instead of C(m + n - 2, m - 1) (m - 1 downs and n - 1 rights).
class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        return math.comb(m + n - 1, m)
