# Native oracle: sklearn.cluster.DBSCAN(eps, min_samples, algorithm='kd_tree').fit(X).labels_ (kd_tree computes exact distances, so points at distance exactly eps count as neighbours).
import numpy as np
from sklearn.cluster import DBSCAN


def oracle(points, eps, min_samples):
    if not points:
        return []
    X = np.asarray(points, dtype=float)
    return [int(v) for v in DBSCAN(eps=eps, min_samples=min_samples, algorithm='kd_tree').fit(X).labels_]
