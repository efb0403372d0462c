# Oracle: second algorithm, forward flow to a fixed point: a cell drains into an ocean if it borders it or has a neighbour no higher than itself that does; alternate sweeps until nothing changes.
def _drains(heights, border):
    rows, cols = len(heights), len(heights[0])
    ok = [[border(r, c) for c in range(cols)] for r in range(rows)]
    orders = [
        [(r, c) for r in range(rows) for c in range(cols)],
        [(r, c) for r in range(rows - 1, -1, -1) for c in range(cols - 1, -1, -1)],
    ]
    changed = True
    while changed:
        changed = False
        for order in orders:
            for r, c in order:
                if ok[r][c]:
                    continue
                h = heights[r][c]
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and ok[nr][nc] and heights[nr][nc] <= h:
                        ok[r][c] = changed = True
                        break
    return ok


def oracle(heights):
    rows, cols = len(heights), len(heights[0])
    pac = _drains(heights, lambda r, c: r == 0 or c == 0)
    atl = _drains(heights, lambda r, c: r == rows - 1 or c == cols - 1)
    return [[r, c] for r in range(rows) for c in range(cols) if pac[r][c] and atl[r][c]]
