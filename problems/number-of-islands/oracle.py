# Oracle: second algorithm, union-find over the land cells (joining right and down neighbours), counting the roots.
def oracle(grid):
    rows, cols = len(grid), len(grid[0])
    parent = list(range(rows * cols))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1":
                continue
            for nr, nc in ((r + 1, c), (r, c + 1)):
                if nr < rows and nc < cols and grid[nr][nc] == "1":
                    parent[find(r * cols + c)] = find(nr * cols + nc)
    return len({find(r * cols + c) for r in range(rows) for c in range(cols) if grid[r][c] == "1"})
