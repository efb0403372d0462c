# Naive sigmoid 1 / (1 + exp(-z)): math.exp overflows (OverflowError) once z < -709.
def logistic_regression_l2(X, y, lr, epochs, lam):
    n, d = len(X), len(X[0])
    w = [0.0] * d
    b = 0.0
    for _ in range(epochs):
        errs = [1.0 / (1.0 + math.exp(-(sum(wj * xj for wj, xj in zip(w, row)) + b))) - t for row, t in zip(X, y)]
        gw = [sum(e * row[j] for e, row in zip(errs, X)) / n + lam * w[j] for j in range(d)]
        w = [wj - lr * g for wj, g in zip(w, gw)]
        b -= lr * sum(errs) / n
    return w + [b]
