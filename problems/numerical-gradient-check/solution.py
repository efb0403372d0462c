def gradient_check(A: list, b: list, x: list, grad: list, eps: float) -> float:
    n = len(x)

    def f(v):
        quad = sum(v[i] * sum(A[i][j] * v[j] for j in range(n)) for i in range(n))
        return 0.5 * quad + sum(bi * vi for bi, vi in zip(b, v))

    worst = 0.0
    for i in range(n):
        plus = list(x)   # fresh copies: the caller's x and the other coordinates stay untouched
        minus = list(x)
        plus[i] += eps
        minus[i] -= eps
        numeric = (f(plus) - f(minus)) / (2 * eps)
        err = abs(grad[i] - numeric) / max(1.0, abs(grad[i]), abs(numeric))
        worst = max(worst, err)
    return worst
