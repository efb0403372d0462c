def value_iteration(grid: list, step_reward: float, gamma: float, theta: float) -> list:
    rows, cols = len(grid), len(grid[0])
    moves = [(-1, 0), (0, 1), (1, 0), (0, -1)]  # U, R, D, L: also the tie-break order
    free = [(i, j) for i in range(rows) for j in range(cols) if grid[i][j] == '.']

    def outcome(i, j, di, dj):
        ni, nj = i + di, j + dj
        if not (0 <= ni < rows and 0 <= nj < cols) or grid[ni][nj] == '#':
            ni, nj = i, j  # blocked: stay put
        cell = grid[ni][nj]
        r = 1.0 if cell == 'G' else -1.0 if cell == 'X' else step_reward
        return r, ni, nj

    trans = {c: [outcome(c[0], c[1], di, dj) for di, dj in moves] for c in free}
    v = [[0.0] * cols for _ in range(rows)]
    sweeps = 0
    while True:
        new = [row[:] for row in v]
        delta = 0.0
        for i, j in free:
            best = max(r + gamma * v[ni][nj] for r, ni, nj in trans[(i, j)])
            new[i][j] = best
            delta = max(delta, abs(best - v[i][j]))
        v = new
        sweeps += 1
        if delta < theta:
            break
    policy = [list(row) for row in grid]
    for i, j in free:
        qs = [r + gamma * v[ni][nj] for r, ni, nj in trans[(i, j)]]
        top = max(qs)
        k = next(k for k, q in enumerate(qs) if q >= top - 1e-9)
        policy[i][j] = 'URDL'[k]
    return [sweeps, v, [''.join(row) for row in policy]]
