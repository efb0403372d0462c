# Independent oracle: numpy, the grid flattened to a transition matrix next_state[s, a] and reward matrix R[s, a]; each sweep is one vectorised Bellman backup (R + gamma * V[next]).max(axis=1).
import numpy as np


def oracle(grid, step_reward, gamma, theta):
    g = np.array([list(row) for row in grid])
    rows, cols = g.shape
    n = rows * cols
    idx = np.arange(n).reshape(rows, cols)
    nxt = np.zeros((n, 4), dtype=int)
    for a, (di, dj) in enumerate([(-1, 0), (0, 1), (1, 0), (0, -1)]):
        ii, jj = np.meshgrid(np.arange(rows), np.arange(cols), indexing='ij')
        ni, nj = ii + di, jj + dj
        inside = (ni >= 0) & (ni < rows) & (nj >= 0) & (nj < cols)
        ni_c, nj_c = np.clip(ni, 0, rows - 1), np.clip(nj, 0, cols - 1)
        ok = inside & (g[ni_c, nj_c] != '#')
        nxt[:, a] = np.where(ok, idx[ni_c, nj_c], idx).ravel()
    flat = g.ravel()
    cell_reward = np.where(flat == 'G', 1.0, np.where(flat == 'X', -1.0, step_reward))
    R = cell_reward[nxt]
    free = flat == '.'
    V = np.zeros(n)
    sweeps = 0
    while True:
        Q = R + gamma * V[nxt]
        V_new = np.where(free, Q.max(axis=1), 0.0)
        delta = np.abs(V_new - V).max()
        V = V_new
        sweeps += 1
        if delta < theta:
            break
    Q = R + gamma * V[nxt]
    best = np.argmax(Q >= Q.max(axis=1, keepdims=True) - 1e-9, axis=1)
    pol = np.where(free, np.array(list('URDL'))[best], flat).reshape(rows, cols)
    return [sweeps, V.reshape(rows, cols).tolist(), [''.join(r) for r in pol]]
