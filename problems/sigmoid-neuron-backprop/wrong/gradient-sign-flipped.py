# Uses y - p as the error, so the "gradient" has the wrong sign and the step climbs the loss.
import math


def neuron_backprop(X, y, w, b, lr):
    n, d = len(X), len(w)
    loss, gw, gb = 0.0, [0.0] * d, 0.0
    for row, t in zip(X, y):
        z = sum(a * c for a, c in zip(w, row)) + b
        loss += max(z, 0.0) - t * z + math.log1p(math.exp(-abs(z)))
        p = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
        for j in range(d):
            gw[j] += (t - p) * row[j]
        gb += t - p
    gw = [g / n for g in gw]
    gb /= n
    return [loss / n, gw, gb, [a - lr * g for a, g in zip(w, gw)], b - lr * gb]
