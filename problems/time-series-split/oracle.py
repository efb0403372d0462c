# Oracle: scikit-learn's TimeSeriesSplit(n_splits, gap=gap, max_train_size=max_train_size or None, test_size=None); its ValueErrors for impossible settings become [].
import numpy as np
from sklearn.model_selection import TimeSeriesSplit


def oracle(n, n_splits, gap, max_train_size):
    try:
        splitter = TimeSeriesSplit(n_splits=n_splits, gap=gap, max_train_size=max_train_size or None)
        return [[train.tolist(), test.tolist()] for train, test in splitter.split(np.zeros((n, 1)))]
    except ValueError:
        return []
