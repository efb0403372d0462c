class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])
        rotten = [(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 2]
        fresh = sum(row.count(1) for row in grid)
        state = [row[:] for row in grid]
        minutes = 0
        while rotten and fresh:
            minutes += 1
            next_level = []
            for r, c in rotten:
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and state[nr][nc] == 1:
                        state[nr][nc] = 2
                        fresh -= 1
                        next_level.append((nr, nc))
            rotten = next_level
        return minutes if fresh == 0 else -1
