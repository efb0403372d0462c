import math


def mlp_sgd_step(X: list, y: list, W1: list, b1: list, W2: list, b2: list, lr: float) -> list:
    n, d, h, c = len(X), len(W1), len(b1), len(b2)
    gW1 = [[0.0] * h for _ in range(d)]
    gb1 = [0.0] * h
    gW2 = [[0.0] * c for _ in range(h)]
    gb2 = [0.0] * c
    loss = 0.0
    for x, label in zip(X, y):
        # forward
        z1 = [b1[k] + sum(x[j] * W1[j][k] for j in range(d)) for k in range(h)]
        a1 = [v if v > 0 else 0.0 for v in z1]
        z2 = [b2[m] + sum(a1[k] * W2[k][m] for k in range(h)) for m in range(c)]
        top = max(z2)
        exps = [math.exp(v - top) for v in z2]
        s = sum(exps)
        loss += top + math.log(s) - z2[label]
        # backward, for this example's share of the mean loss
        dz2 = [e / s / n for e in exps]
        dz2[label] -= 1.0 / n
        for k in range(h):
            for m in range(c):
                gW2[k][m] += a1[k] * dz2[m]
        for m in range(c):
            gb2[m] += dz2[m]
        # through W2 as it was in the forward pass, then through ReLU (derivative 0 at z <= 0)
        dz1 = [sum(W2[k][m] * dz2[m] for m in range(c)) if z1[k] > 0 else 0.0 for k in range(h)]
        for j in range(d):
            for k in range(h):
                gW1[j][k] += x[j] * dz1[k]
        for k in range(h):
            gb1[k] += dz1[k]
    step = lambda P, G: [[p - lr * g for p, g in zip(pr, gr)] for pr, gr in zip(P, G)]
    return [
        loss / n,
        step(W1, gW1),
        [p - lr * g for p, g in zip(b1, gb1)],
        step(W2, gW2),
        [p - lr * g for p, g in zip(b2, gb2)],
    ]
