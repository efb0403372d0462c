# Independent oracle: the same batch gradient descent written with numpy matrix operations.
import numpy as np


def oracle(X, y, lr, epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(epochs):
        r = X @ w + b - y
        gw = 2.0 / n * (X.T @ r)
        gb = 2.0 / n * r.sum()
        w = w - lr * gw
        b = b - lr * gb
    return w.tolist() + [float(b)]
