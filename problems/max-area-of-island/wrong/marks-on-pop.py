# Marks a cell visited only when it is popped, so a cell pushed by two neighbours is counted twice.
class Solution:
    def maxAreaOfIsland(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])
        seen = set()
        best = 0
        for r0 in range(rows):
            for c0 in range(cols):
                if grid[r0][c0] != 1 or (r0, c0) in seen:
                    continue
                stack = [(r0, c0)]
                area = 0
                while stack:
                    r, c = stack.pop()
                    seen.add((r, c))
                    area += 1
                    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1 and (nr, nc) not in seen:
                            stack.append((nr, nc))
                best = max(best, area)
        return best
