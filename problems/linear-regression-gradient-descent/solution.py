def linear_regression_gd(X: list, y: list, lr: float, epochs: int) -> list:
    n, d = len(X), len(X[0])
    w = [0.0] * d
    b = 0.0
    for _ in range(epochs):
        # Residuals with the parameters of this epoch; both gradients use the same residuals.
        res = [sum(wj * xj for wj, xj in zip(w, row)) + b - t for row, t in zip(X, y)]
        grad_w = [0.0] * d
        for row, r in zip(X, res):
            for j in range(d):
                grad_w[j] += r * row[j]
        scale = 2.0 / n
        w = [wj - lr * scale * g for wj, g in zip(w, grad_w)]
        b -= lr * scale * sum(res)
    return w + [b]
