# Independent oracle: numpy, one array update per step over all coordinates (heavy-ball momentum as
# v = beta v + g, x -= lr v; RMSProp as s = beta s + (1 - beta) g^2, x -= lr g / (sqrt(s) + eps)).
import numpy as np


def oracle(kind, a, c, x0, lr, beta, eps, steps):
    a, c, x = (np.asarray(v, dtype=float) for v in (a, c, x0))
    s = np.zeros_like(x)
    for _ in range(steps):
        g = a * (x - c)
        if kind == "momentum":
            s = beta * s + g
            x = x - lr * s
        else:
            s = beta * s + (1 - beta) * np.square(g)
            x = x - lr * g / (np.sqrt(s) + eps)
    return x.tolist()
