# Oracle: second implementation, written differently from the reference: numpy computes all margins as one matrix-vector product per iteration and the hinge sub-gradient as a masked X.T @ (mask * y). No library trains a linear SVM by full-batch sub-gradient steps (scikit-learn's SGDClassifier updates per sample; LinearSVC solves the dual exactly).
import numpy as np


def oracle(X, y, lam, eta0, iterations):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n = X.shape[0]
    w = np.zeros(X.shape[1])
    b = 0.0
    for t in range(1, iterations + 1):
        active = (y * (X @ w + b)) < 1.0
        gw = lam * w - X.T @ (active * y) / n
        gb = -np.sum(active * y) / n
        eta = eta0 / np.sqrt(t)
        w = w - eta * gw
        b = b - eta * gb
    return [w.tolist(), float(b)]
