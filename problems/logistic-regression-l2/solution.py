def sigmoid(z: float) -> float:
    # Never exponentiate a large positive number: exp(-z) for z >= 0, exp(z) for z < 0.
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def logistic_regression_l2(X: list, y: list, lr: float, epochs: int, lam: float) -> list:
    n, d = len(X), len(X[0])
    w = [0.0] * d
    b = 0.0
    for _ in range(epochs):
        grad_w = [0.0] * d
        grad_b = 0.0
        for row, t in zip(X, y):
            err = sigmoid(sum(wj * xj for wj, xj in zip(w, row)) + b) - t
            for j in range(d):
                grad_w[j] += err * row[j]
            grad_b += err
        # The L2 term lam/2 * ||w||^2 adds lam * w to the weight gradient only; the bias is not penalised.
        w = [wj - lr * (g / n + lam * wj) for wj, g in zip(w, grad_w)]
        b -= lr * grad_b / n
    return w + [b]
