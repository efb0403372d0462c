# Perturbs x in place (x[i] += eps, then -= 2 * eps) and never restores it, so later coordinates are checked at a shifted point.
def gradient_check(A, b, x, grad, eps):
    n = len(x)

    def f(v):
        return 0.5 * sum(v[i] * A[i][j] * v[j] for i in range(n) for j in range(n)) + sum(p * q for p, q in zip(b, v))

    worst = 0.0
    for i in range(n):
        x[i] += eps
        fp = f(x)
        x[i] -= 2 * eps
        fm = f(x)
        numeric = (fp - fm) / (2 * eps)
        worst = max(worst, abs(grad[i] - numeric) / max(1.0, abs(grad[i]), abs(numeric)))
    return worst
