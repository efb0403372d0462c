# Counts a minute for every round of the queue, including the last one that rots nothing.
class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])
        rotten = [(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 2]
        fresh = sum(row.count(1) for row in grid)
        if fresh == 0:
            return 0
        minutes = 0
        while rotten:
            minutes += 1
            next_level = []
            for r, c in rotten:
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1:
                        grid[nr][nc] = 2
                        fresh -= 1
                        next_level.append((nr, nc))
            rotten = next_level
        return minutes if fresh == 0 else -1
