# Fills the table from (1, 1) but leaves the top row and left column at 0 instead of 1.
class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        paths = [[0] * n for _ in range(m)]
        paths[0][0] = 1
        for r in range(1, m):
            for c in range(1, n):
                paths[r][c] = paths[r - 1][c] + paths[r][c - 1]
        return paths[m - 1][n - 1]
