# Always steps to the lowest unvisited neighbour of the current cell, never reconsidering earlier choices.
class Solution:
    def swimInWater(self, grid: List[List[int]]) -> int:
        n = len(grid)
        r = c = 0
        level = grid[0][0]
        seen = {(0, 0)}
        while (r, c) != (n - 1, n - 1):
            options = [(grid[nr][nc], nr, nc) for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1))
                       if 0 <= nr < n and 0 <= nc < n and (nr, nc) not in seen]
            if not options:
                return n * n - 1
            h, r, c = min(options)
            seen.add((r, c))
            level = max(level, h)
        return level
