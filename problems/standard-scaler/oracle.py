# Independent oracle: scikit-learn's StandardScaler fitted on the training rows only.
import numpy as np
from sklearn.preprocessing import StandardScaler


def oracle(train, test):
    if len(test) == 0:
        return []
    scaler = StandardScaler().fit(np.asarray(train, dtype=float))
    return scaler.transform(np.asarray(test, dtype=float)).tolist()
