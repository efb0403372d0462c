# Oracle: numpy.linalg.lstsq on the design matrix [X | 1] (an SVD-based solver that never forms XᵀX); numpy.linalg.matrix_rank decides singularity. The generator also checked scikit-learn's LinearRegression on every full-rank case.
import numpy as np


def oracle(X, y):
    X = np.asarray(X, dtype=float)
    Z = np.hstack([X, np.ones((X.shape[0], 1))])
    if np.linalg.matrix_rank(Z) < Z.shape[1]:
        return []
    theta = np.linalg.lstsq(Z, np.asarray(y, dtype=float), rcond=None)[0]
    return [theta[:-1].tolist(), float(theta[-1])]
