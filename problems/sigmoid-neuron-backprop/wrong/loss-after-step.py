# Reports the loss of the updated parameters instead of the loss at the given w and b.
import math


def neuron_backprop(X, y, w, b, lr):
    n, d = len(X), len(w)

    def logit(ww, bb, row):
        return sum(a * c for a, c in zip(ww, row)) + bb

    gw, gb = [0.0] * d, 0.0
    for row, t in zip(X, y):
        z = logit(w, b, row)
        p = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
        for j in range(d):
            gw[j] += (p - t) * row[j]
        gb += p - t
    gw = [g / n for g in gw]
    gb /= n
    nw = [a - lr * g for a, g in zip(w, gw)]
    nb = b - lr * gb
    loss = 0.0
    for row, t in zip(X, y):
        z = logit(nw, nb, row)
        loss += max(z, 0.0) - t * z + math.log1p(math.exp(-abs(z)))
    return [loss / n, gw, gb, nw, nb]
