def backtracking_gd(A: list, b: list, x0: list, t0: float, c: float, rho: float, max_iter: int) -> list:
    n = len(b)
    x = [float(v) for v in x0]
    steps = []
    for _ in range(max_iter):
        g = [sum(A[i][j] * x[j] for j in range(n)) - b[i] for i in range(n)]  # ∇f = Ax − b
        gg = sum(v * v for v in g)
        if math.sqrt(gg) <= 1e-10:
            break
        gAg = sum(g[i] * A[i][j] * g[j] for i in range(n) for j in range(n))
        t = t0  # every iteration starts again from the full initial step
        # Armijo on the exact change of a quadratic: f(x − t·g) − f(x) = −t·gg + t²/2 · gAg.
        # Subtracting two nearly equal values of f instead would drown the test in rounding near the minimum.
        while -t * gg + 0.5 * t * t * gAg > -c * t * gg:
            t *= rho
        x = [xi - t * gi for xi, gi in zip(x, g)]
        steps.append(t)
    return [x, steps]
