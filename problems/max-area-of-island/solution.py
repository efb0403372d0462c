class Solution:
    def maxAreaOfIsland(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])
        seen = [[False] * cols for _ in range(rows)]
        best = 0
        for r0 in range(rows):
            for c0 in range(cols):
                if grid[r0][c0] != 1 or seen[r0][c0]:
                    continue
                seen[r0][c0] = True
                stack = [(r0, c0)]
                area = 0
                while stack:
                    r, c = stack.pop()
                    area += 1
                    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1 and not seen[nr][nc]:
                            seen[nr][nc] = True  # marked when pushed, so counted once
                            stack.append((nr, nc))
                best = max(best, area)
        return best
