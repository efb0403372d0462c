# Oracle: second algorithm, binary search on the time t with a flood fill over cells of height at most t.
def _reachable(grid, t):
    n = len(grid)
    if grid[0][0] > t:
        return False
    seen = {(0, 0)}
    stack = [(0, 0)]
    while stack:
        r, c = stack.pop()
        if (r, c) == (n - 1, n - 1):
            return True
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < n and 0 <= nc < n and (nr, nc) not in seen and grid[nr][nc] <= t:
                seen.add((nr, nc))
                stack.append((nr, nc))
    return False


def oracle(grid):
    lo, hi = 0, len(grid) ** 2 - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if _reachable(grid, mid):
            hi = mid
        else:
            lo = mid + 1
    return lo
