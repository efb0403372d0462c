# Oracle: scikit-learn's silhouette_score with metric='euclidean' (singletons score 0, a = b = 0 scores 0);
# None where scikit-learn raises because the number of distinct labels is not between 2 and n - 1.
import numpy as np
from sklearn.metrics import silhouette_score


def oracle(X, labels):
    k = len(set(labels))
    if k < 2 or k > len(labels) - 1:
        return None
    return float(silhouette_score(np.array(X, dtype=float), np.array(labels), metric="euclidean"))
