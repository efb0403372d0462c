# Applies the L2 penalty to the bias as well as the weights (adds lam * b to the bias gradient).
def sigmoid(z):
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def logistic_regression_l2(X, y, lr, epochs, lam):
    n, d = len(X), len(X[0])
    w = [0.0] * d
    b = 0.0
    for _ in range(epochs):
        errs = [sigmoid(sum(wj * xj for wj, xj in zip(w, row)) + b) - t for row, t in zip(X, y)]
        gw = [sum(e * row[j] for e, row in zip(errs, X)) / n + lam * w[j] for j in range(d)]
        gb = sum(errs) / n + lam * b
        w = [wj - lr * g for wj, g in zip(w, gw)]
        b -= lr * gb
    return w + [b]
