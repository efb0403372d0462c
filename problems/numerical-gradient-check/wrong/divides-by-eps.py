# Divides the central difference by eps instead of 2 * eps, so the numeric gradient is twice too large.
def gradient_check(A, b, x, grad, eps):
    n = len(x)

    def f(v):
        return 0.5 * sum(v[i] * A[i][j] * v[j] for i in range(n) for j in range(n)) + sum(p * q for p, q in zip(b, v))

    worst = 0.0
    for i in range(n):
        plus, minus = list(x), list(x)
        plus[i] += eps
        minus[i] -= eps
        numeric = (f(plus) - f(minus)) / eps
        worst = max(worst, abs(grad[i] - numeric) / max(1.0, abs(grad[i]), abs(numeric)))
    return worst
