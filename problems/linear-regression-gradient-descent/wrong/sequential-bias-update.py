# Updates the weights first and then recomputes the residuals for the bias gradient with the new weights (not a simultaneous update).
def linear_regression_gd(X: list, y: list, lr: float, epochs: int) -> list:
    n, d = len(X), len(X[0])
    w = [0.0] * d
    b = 0.0
    for _ in range(epochs):
        res = [sum(wj * xj for wj, xj in zip(w, row)) + b - t for row, t in zip(X, y)]
        grad_w = [2.0 / n * sum(r * row[j] for row, r in zip(X, res)) for j in range(d)]
        w = [wj - lr * g for wj, g in zip(w, grad_w)]
        res = [sum(wj * xj for wj, xj in zip(w, row)) + b - t for row, t in zip(X, y)]
        b -= lr * 2.0 / n * sum(res)
    return w + [b]
