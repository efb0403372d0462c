# Uses the pure relative error |g - num| / max(|g|, |num|) without the floor of 1, which blows up for tiny gradients.
def gradient_check(A, b, x, grad, eps):
    n = len(x)

    def f(v):
        return 0.5 * sum(v[i] * A[i][j] * v[j] for i in range(n) for j in range(n)) + sum(p * q for p, q in zip(b, v))

    worst = 0.0
    for i in range(n):
        plus, minus = list(x), list(x)
        plus[i] += eps
        minus[i] -= eps
        numeric = (f(plus) - f(minus)) / (2 * eps)
        denom = max(abs(grad[i]), abs(numeric))
        if denom > 0:
            worst = max(worst, abs(grad[i] - numeric) / denom)
    return worst
