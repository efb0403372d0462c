# Forward differences (f(x + eps) - f(x)) / eps: an O(eps) truncation error that central differences avoid.
def gradient_check(A, b, x, grad, eps):
    n = len(x)

    def f(v):
        return 0.5 * sum(v[i] * A[i][j] * v[j] for i in range(n) for j in range(n)) + sum(p * q for p, q in zip(b, v))

    fx = f(x)
    worst = 0.0
    for i in range(n):
        plus = list(x)
        plus[i] += eps
        numeric = (f(plus) - fx) / eps
        worst = max(worst, abs(grad[i] - numeric) / max(1.0, abs(grad[i]), abs(numeric)))
    return worst
