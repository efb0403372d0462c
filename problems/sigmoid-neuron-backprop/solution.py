import math


def neuron_backprop(X: list, y: list, w: list, b: float, lr: float) -> list:
    n, d = len(X), len(w)
    loss = 0.0
    grad_w = [0.0] * d
    grad_b = 0.0
    for row, target in zip(X, y):
        z = sum(wj * xj for wj, xj in zip(w, row)) + b
        # BCE from the logit: max(z, 0) - y*z + log(1 + e^-|z|) never overflows or takes log(0).
        loss += max(z, 0.0) - target * z + math.log1p(math.exp(-abs(z)))
        p = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
        err = p - target  # dLoss_i/dz for sigmoid followed by BCE
        for j in range(d):
            grad_w[j] += err * row[j]
        grad_b += err
    grad_w = [g / n for g in grad_w]
    grad_b /= n
    new_w = [wj - lr * g for wj, g in zip(w, grad_w)]
    return [loss / n, grad_w, grad_b, new_w, b - lr * grad_b]
