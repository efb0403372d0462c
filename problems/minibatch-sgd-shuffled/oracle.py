# Independent oracle: the permutation comes from the standard library's random module (the only
# way to reproduce it); the mini-batch gradient steps are numpy matrix operations.
import random

import numpy as np


def oracle(X, y, lr, epochs, batch_size, seed):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for epoch in range(epochs):
        order = list(range(n))
        random.Random(seed + epoch).shuffle(order)
        order = np.array(order)
        for start in range(0, n, batch_size):
            idx = order[start:start + batch_size]
            Xb, yb = X[idx], y[idx]
            r = Xb @ w + b - yb
            m = len(idx)
            gw = 2.0 / m * (Xb.T @ r)
            gb = 2.0 / m * r.sum()
            w = w - lr * gw
            b = b - lr * gb
    return w.tolist() + [float(b)]
