# Independent oracle: scikit-learn 1.2's StratifiedKFold(n_splits=k, shuffle=False).
import warnings

import numpy as np
from sklearn.model_selection import StratifiedKFold


def oracle(y, k):
    n = len(y)
    if k < 2 or k > n:
        return []
    counts = {}
    for label in y:
        counts[label] = counts.get(label, 0) + 1
    if all(c < k for c in counts.values()):
        return []  # scikit-learn raises ValueError here
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "the least populated class has only m members"
        splits = StratifiedKFold(n_splits=k).split(np.zeros((n, 1)), np.array(y))
        return [[train.tolist(), test.tolist()] for train, test in splits]
