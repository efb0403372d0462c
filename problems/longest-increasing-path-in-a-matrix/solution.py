class Solution:
    def longestIncreasingPath(self, matrix: List[List[int]]) -> int:
        rows, cols = len(matrix), len(matrix[0])
        steps = ((1, 0), (-1, 0), (0, 1), (0, -1))

        def neighbours(r, c):
            for dr, dc in steps:
                nr, nc = r + dr, c + dc
                if 0 <= nr < rows and 0 <= nc < cols:
                    yield nr, nc

        # larger[r][c]: how many neighbours could still extend a path from (r, c).
        larger = [[sum(matrix[nr][nc] > matrix[r][c] for nr, nc in neighbours(r, c)) for c in range(cols)]
                  for r in range(rows)]
        layer = [(r, c) for r in range(rows) for c in range(cols) if larger[r][c] == 0]
        length = 0
        while layer:  # peel the cells whose every larger neighbour is already peeled
            length += 1
            nxt = []
            for r, c in layer:
                for nr, nc in neighbours(r, c):
                    if matrix[nr][nc] < matrix[r][c]:
                        larger[nr][nc] -= 1
                        if larger[nr][nc] == 0:
                            nxt.append((nr, nc))
            layer = nxt
        return length
