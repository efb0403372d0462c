# Independent oracle: the same L2-regularised batch gradient descent in numpy, with scipy's
# overflow-safe expit as the sigmoid.
import numpy as np
from scipy.special import expit


def oracle(X, y, lr, epochs, lam):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(epochs):
        err = expit(X @ w + b) - y
        gw = X.T @ err / n + lam * w
        gb = err.sum() / n
        w = w - lr * gw
        b = b - lr * gb
    return w.tolist() + [float(b)]
