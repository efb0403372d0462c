# Sends the rain from each cell only to its lowest neighbour, when water may take any non-increasing path.
class Solution:
    def pacificAtlantic(self, heights: List[List[int]]) -> List[List[int]]:
        rows, cols = len(heights), len(heights[0])
        result = []
        for r0 in range(rows):
            for c0 in range(cols):
                r, c = r0, c0
                pac = atl = False
                for _ in range(rows * cols):
                    pac = pac or r == 0 or c == 0
                    atl = atl or r == rows - 1 or c == cols - 1
                    options = [(heights[nr][nc], nr, nc) for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1))
                               if 0 <= nr < rows and 0 <= nc < cols and heights[nr][nc] < heights[r][c]]
                    if not options:
                        break
                    _, r, c = min(options)
                if pac and atl:
                    result.append([r0, c0])
        return result
