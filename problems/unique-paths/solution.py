class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        row = [1] * n  # routes to each cell of the current row; the top row has one route per cell
        for _ in range(1, m):
            for c in range(1, n):
                row[c] += row[c - 1]  # from above (old row[c]) plus from the left
        return row[-1]
