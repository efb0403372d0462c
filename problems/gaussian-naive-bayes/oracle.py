# Independent oracle: scikit-learn's GaussianNB with its default var_smoothing=1e-9.
import numpy as np
from sklearn.naive_bayes import GaussianNB


def oracle(X_train, y_train, X_test):
    if len(X_test) == 0:
        return []
    model = GaussianNB().fit(np.asarray(X_train, dtype=float), np.asarray(y_train))
    return [int(v) for v in model.predict(np.asarray(X_test, dtype=float))]
