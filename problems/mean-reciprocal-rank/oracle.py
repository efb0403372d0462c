# Independent oracle: numpy, a padded 0/1 hit matrix of shape (queries, k) from np.isin; reciprocal ranks via argmax of each row, zeroed where the row has no hit, then np.mean.
import numpy as np


def oracle(rankings, relevant, k):
    if not rankings:
        return 0.0
    hits = np.zeros((len(rankings), k), dtype=bool)
    for q, (ranked, rel) in enumerate(zip(rankings, relevant)):
        top = ranked[:k]
        if top:
            hits[q, :len(top)] = np.isin(np.array(top, dtype=object), np.array(list(rel), dtype=object))
    first = hits.argmax(axis=1)
    rr = np.where(hits.any(axis=1), 1.0 / (first + 1), 0.0)
    return float(np.mean(rr))
