# Oracle: scikit-learn's LogisticRegression(C=1/lam, solver='newton-cg', tol=1e-12) for cases with 25 or more iterations, where Newton's method has converged to the optimum (the generator checked the last step is below 1e-12); for fewer iterations, a second implementation written differently from the reference: numpy forms the gradient and Hessian as matrix products (Xᵀ(p − y), XᵀSX) and solves with numpy.linalg.solve.
import warnings

import numpy as np
from scipy.special import expit
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression


def oracle(X, y, lam, iterations):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    if iterations >= 25:
        with warnings.catch_warnings():
            # newton-cg may warn at tol=1e-12 although it is within 1e-8 of the optimum (checked by the generator).
            warnings.simplefilter("ignore", ConvergenceWarning)
            model = LogisticRegression(C=1.0 / lam, solver="newton-cg", tol=1e-12, max_iter=1000)
            model.fit(X, y.astype(int))
        return [model.coef_[0].tolist(), float(model.intercept_[0])]
    Z = np.hstack([X, np.ones((n, 1))])
    P = lam * np.eye(d + 1)
    P[d, d] = 0.0
    theta = np.zeros(d + 1)
    for _ in range(iterations):
        p = expit(Z @ theta)
        g = Z.T @ (p - y) + P @ theta
        H = Z.T @ (Z * (p * (1 - p))[:, None]) + P
        theta = theta - np.linalg.solve(H, g)
    return [theta[:d].tolist(), float(theta[d])]
