# Correct answers, but searches from every cell without memoisation: on a long snake-shaped path it repeats the path from every cell.
class Solution:
    def longestIncreasingPath(self, matrix: List[List[int]]) -> int:
        rows, cols = len(matrix), len(matrix[0])

        def longest(r, c):
            best = 1
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and matrix[nr][nc] > matrix[r][c]:
                    best = max(best, 1 + longest(nr, nc))
            return best

        return max(longest(r, c) for r in range(rows) for c in range(cols))
