# Updates the values in place within a sweep (Gauss-Seidel) instead of computing every new value from the previous sweep's table.
def value_iteration(grid: list, step_reward: float, gamma: float, theta: float) -> list:
    rows, cols = len(grid), len(grid[0])
    moves = [(-1, 0), (0, 1), (1, 0), (0, -1)]
    free = [(i, j) for i in range(rows) for j in range(cols) if grid[i][j] == '.']

    def outcome(i, j, di, dj):
        ni, nj = i + di, j + dj
        if not (0 <= ni < rows and 0 <= nj < cols) or grid[ni][nj] == '#':
            ni, nj = i, j
        cell = grid[ni][nj]
        return (1.0 if cell == 'G' else -1.0 if cell == 'X' else step_reward), ni, nj

    v = [[0.0] * cols for _ in range(rows)]
    sweeps = 0
    while True:
        delta = 0.0
        for i, j in free:
            best = max(r + gamma * v[ni][nj] for r, ni, nj in (outcome(i, j, di, dj) for di, dj in moves))
            delta = max(delta, abs(best - v[i][j]))
            v[i][j] = best
        sweeps += 1
        if delta < theta:
            break
    policy = [list(row) for row in grid]
    for i, j in free:
        qs = [r + gamma * v[ni][nj] for r, ni, nj in (outcome(i, j, di, dj) for di, dj in moves)]
        top = max(qs)
        policy[i][j] = 'URDL'[next(k for k, q in enumerate(qs) if q >= top - 1e-9)]
    return [sweeps, v, [''.join(row) for row in policy]]
