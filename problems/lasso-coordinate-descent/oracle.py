# Oracle: scikit-learn's Lasso(alpha, fit_intercept=True, selection='cyclic', max_iter=sweeps, tol=0.0): the same objective (1/(2n))·‖y − Xw − b‖² + alpha·‖w‖₁, intercept by centring, cyclic coordinate descent from w = 0; tol = 0 makes it run exactly `sweeps` sweeps. The generator also checked every case against a separate numpy implementation.
import warnings

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import Lasso


def oracle(X, y, alpha, sweeps):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model = Lasso(alpha=alpha, fit_intercept=True, selection="cyclic", max_iter=sweeps, tol=0.0)
        model.fit(np.asarray(X, dtype=float), np.asarray(y, dtype=float))
    return [model.coef_.tolist(), float(model.intercept_)]
