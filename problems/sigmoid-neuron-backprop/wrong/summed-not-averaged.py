# Sums the loss and the gradients over the batch instead of averaging them, so the step is n times too large.
import math


def neuron_backprop(X, y, w, b, lr):
    d = len(w)
    loss, gw, gb = 0.0, [0.0] * d, 0.0
    for row, t in zip(X, y):
        z = sum(a * c for a, c in zip(w, row)) + b
        loss += max(z, 0.0) - t * z + math.log1p(math.exp(-abs(z)))
        p = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
        for j in range(d):
            gw[j] += (p - t) * row[j]
        gb += p - t
    return [loss, gw, gb, [a - lr * g for a, g in zip(w, gw)], b - lr * gb]
