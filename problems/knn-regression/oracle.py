# Oracle: second implementation, written differently from the reference: a numpy distance matrix, numpy.lexsort on (distance, training index) for the stated tie rule, and a vectorised mean. scikit-learn's KNeighborsRegressor is not used because its choice among equally distant neighbours is not specified; the generator checked it agrees on every query where no tie crosses the k-th neighbour.
import numpy as np


def oracle(X_train, y_train, X_test, k):
    if len(X_test) == 0:
        return []
    Xtr = np.asarray(X_train, dtype=float)
    Xte = np.asarray(X_test, dtype=float)
    y = np.asarray(y_train, dtype=float)
    k = min(k, len(Xtr))
    d2 = ((Xte[:, None, :] - Xtr[None, :, :]) ** 2).sum(axis=2)
    idx = np.arange(len(Xtr))
    return [float(y[np.lexsort((idx, row))[:k]].mean()) for row in d2]
