# Independent oracle: scikit-learn's KFold without shuffling (the layout tests.json holds).
import numpy as np
from sklearn.model_selection import KFold


def oracle(n, k):
    if k < 2 or k > n:
        return []
    return [[train.tolist(), test.tolist()] for train, test in KFold(n_splits=k).split(np.zeros((n, 1)))]
