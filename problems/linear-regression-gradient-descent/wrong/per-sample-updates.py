# Stochastic updates, one sample at a time, instead of one full-batch step per epoch.
def linear_regression_gd(X: list, y: list, lr: float, epochs: int) -> list:
    d = len(X[0])
    w = [0.0] * d
    b = 0.0
    for _ in range(epochs):
        for row, t in zip(X, y):
            r = sum(wj * xj for wj, xj in zip(w, row)) + b - t
            w = [wj - lr * 2.0 * r * xj for wj, xj in zip(w, row)]
            b -= lr * 2.0 * r
    return w + [b]
