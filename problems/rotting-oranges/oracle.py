# Oracle: brute-force simulation, minute by minute on a copied grid, until nothing changes.
def oracle(grid):
    g = [row[:] for row in grid]
    rows, cols = len(g), len(g[0])
    minutes = 0
    while True:
        if not any(1 in row for row in g):
            return minutes
        nxt = [row[:] for row in g]
        for r in range(rows):
            for c in range(cols):
                if g[r][c] == 1 and any(
                    0 <= nr < rows and 0 <= nc < cols and g[nr][nc] == 2
                    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1))
                ):
                    nxt[r][c] = 2
        if nxt == g:
            return -1
        g = nxt
        minutes += 1
