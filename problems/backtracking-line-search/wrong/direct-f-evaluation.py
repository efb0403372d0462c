# Tests f(x − t·g) > f(x) − c·t·‖g‖² with two evaluations of f: near the minimum both sides agree to 16 digits and rounding, not the Armijo condition, decides.
def backtracking_gd(A, b, x0, t0, c, rho, max_iter):
    n = len(b)
    def f(x):
        return 0.5 * sum(x[i] * A[i][j] * x[j] for i in range(n) for j in range(n)) - sum(b[i] * x[i] for i in range(n))
    x = list(map(float, x0))
    steps = []
    for _ in range(max_iter):
        g = [sum(A[i][j] * x[j] for j in range(n)) - b[i] for i in range(n)]
        gg = sum(v * v for v in g)
        if gg ** 0.5 <= 1e-10:
            break
        t = t0
        fx = f(x)
        while f([x[i] - t * g[i] for i in range(n)]) > fx - c * t * gg:
            t *= rho
        x = [x[i] - t * g[i] for i in range(n)]
        steps.append(t)
    return [x, steps]
