# Oracle: walk with a direction vector, turning right whenever the next cell is outside the matrix or already visited.


def oracle(matrix):
    m, n = len(matrix), len(matrix[0])
    seen = [[False] * n for _ in range(m)]
    r = c = 0
    dr, dc = 0, 1
    out = []
    for _ in range(m * n):
        out.append(matrix[r][c])
        seen[r][c] = True
        nr, nc = r + dr, c + dc
        if not (0 <= nr < m and 0 <= nc < n) or seen[nr][nc]:
            dr, dc = dc, -dr  # turn right
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return out
