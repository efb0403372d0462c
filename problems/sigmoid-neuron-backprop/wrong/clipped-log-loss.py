# Computes the loss as -[y log p + (1-y) log(1-p)] with p clipped to [1e-15, 1 - 1e-15], so a confidently wrong example costs about 34.5 instead of its true loss.
import math


def neuron_backprop(X, y, w, b, lr):
    n, d = len(X), len(w)
    loss, gw, gb = 0.0, [0.0] * d, 0.0
    for row, t in zip(X, y):
        z = sum(a * c for a, c in zip(w, row)) + b
        p = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
        q = min(max(p, 1e-15), 1 - 1e-15)
        loss -= t * math.log(q) + (1 - t) * math.log(1 - q)
        for j in range(d):
            gw[j] += (p - t) * row[j]
        gb += p - t
    gw = [g / n for g in gw]
    gb /= n
    return [loss / n, gw, gb, [a - lr * g for a, g in zip(w, gw)], b - lr * gb]
