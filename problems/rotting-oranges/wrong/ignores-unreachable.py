# Returns the minutes of the last rotting even when a fresh orange is never reached, instead of -1.
class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])
        rotten = [(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 2]
        minutes = 0
        while rotten:
            next_level = []
            for r, c in rotten:
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1:
                        grid[nr][nc] = 2
                        next_level.append((nr, nc))
            if next_level:
                minutes += 1
            rotten = next_level
        return minutes
