# Oracle: scikit-learn's Perceptron(penalty=None, fit_intercept=True, eta0=1.0, shuffle=False, max_iter=epochs, tol=None): its hinge at threshold 0 updates when y·(w·x + b) ≤ 0, with learning rate 1 and the rows in the given order, exactly as stated. The generator also checked every case against a plain numpy loop.
import warnings

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import Perceptron


def oracle(X, y, epochs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model = Perceptron(penalty=None, fit_intercept=True, eta0=1.0, shuffle=False, max_iter=epochs, tol=None)
        model.fit(np.asarray(X, dtype=float), np.asarray(y))
    return [model.coef_[0].tolist(), float(model.intercept_[0])]
