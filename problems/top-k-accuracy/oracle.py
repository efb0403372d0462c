# Oracle: scikit-learn's top_k_accuracy_score with labels=0..C-1 (its tie rule, the higher class index ranks first, is the stated one); two-class inputs get a third, lowest-scoring column so scikit-learn ranks them too.
import warnings

import numpy as np
from sklearn.metrics import top_k_accuracy_score


def oracle(y_true, scores, k):
    s = np.asarray(scores, dtype=float)
    c = s.shape[1]
    if c == 2:
        # scikit-learn reads two-class scores as one positive-class column with a 0.5 threshold;
        # an extra column below every score keeps its ranking rule and changes no top-2 set.
        s = np.hstack([s, np.full((len(s), 1), s.min() - 1.0)])
        c, k = 3, min(k, 2)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # k >= C warns that the score is trivially 1
        return float(top_k_accuracy_score(y_true, s, k=k, labels=list(range(c))))
