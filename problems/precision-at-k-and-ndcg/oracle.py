# Independent oracle: precision by numpy, NDCG by scikit-learn's ndcg_score with strictly
# decreasing scores encoding the given ranking (sklearn refuses a single document, so n <= 1 is
# handled directly).
import numpy as np
from sklearn.metrics import ndcg_score


def oracle(relevance, k):
    rel = np.asarray(relevance, dtype=float)
    precision = float(np.sum(rel[:k] > 0) / k)
    if len(rel) == 0:
        return [precision, 0.0]
    if len(rel) == 1:
        return [precision, 1.0 if rel[0] > 0 else 0.0]
    scores = np.arange(len(rel), 0, -1, dtype=float)
    return [precision, float(ndcg_score(rel[None, :], scores[None, :], k=k))]
