# Independent of the reference (one BFS from all gates): Bellman-Ford style relaxation, sweeping the
# grid until no distance improves.
def oracle(rooms):
    EMPTY = 2147483647
    m, n = len(rooms), len(rooms[0])
    dist = [[0 if v == 0 else EMPTY for v in row] for row in rooms]
    changed = True
    while changed:
        changed = False
        for r in range(m):
            for c in range(n):
                if rooms[r][c] == -1:
                    continue
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < m and 0 <= nc < n and rooms[nr][nc] != -1 and dist[nr][nc] + 1 < dist[r][c]:
                        dist[r][c] = dist[nr][nc] + 1
                        changed = True
    return [[-1 if rooms[r][c] == -1 else dist[r][c] for c in range(n)] for r in range(m)]
