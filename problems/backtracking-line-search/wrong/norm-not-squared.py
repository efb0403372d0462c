# Writes the sufficient-decrease term as c·t·‖g‖ instead of c·t·‖g‖² (the directional derivative is −‖g‖²).
def backtracking_gd(A, b, x0, t0, c, rho, max_iter):
    n = len(b)
    x = list(map(float, x0))
    steps = []
    for _ in range(max_iter):
        g = [sum(A[i][j] * x[j] for j in range(n)) - b[i] for i in range(n)]
        gg = sum(v * v for v in g)
        if gg ** 0.5 <= 1e-10:
            break
        gAg = sum(g[i] * A[i][j] * g[j] for i in range(n) for j in range(n))
        t = t0
        while -t * gg + 0.5 * t * t * gAg > -c * t * gg ** 0.5:
            t *= rho
        x = [x[i] - t * g[i] for i in range(n)]
        steps.append(t)
    return [x, steps]
