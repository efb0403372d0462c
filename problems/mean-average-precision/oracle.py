# Independent oracle: numpy, per query a 0/1 relevance vector, precision@p = cumsum / arange, AP = sum(precision * rel) / |relevant|, then np.mean over queries.
import numpy as np


def oracle(rankings, relevant):
    if not rankings:
        return 0.0
    aps = []
    for ranked, rel in zip(rankings, relevant):
        rel_set = set(rel)
        if not rel_set or not ranked:
            aps.append(0.0)
            continue
        r = np.array([1.0 if d in rel_set else 0.0 for d in ranked])
        prec = np.cumsum(r) / np.arange(1, len(r) + 1)
        aps.append(float((prec * r).sum() / len(rel_set)))
    return float(np.mean(aps))
