# Independent oracle: scikit-learn's cosine_similarity (zero vectors give 0) and a stable numpy
# argsort of the negated similarities, so equal similarities keep index order.
import numpy as np
from sklearn.metrics.pairwise import cosine_similarity


def oracle(matrix, query, k):
    if len(matrix) == 0 or k <= 0:
        return []
    sims = cosine_similarity(np.asarray(matrix, dtype=float), np.asarray([query], dtype=float))[:, 0]
    return [int(i) for i in np.argsort(-sims, kind="stable")[:k]]
