# Oracle: scikit-learn's GroupKFold(n_splits) on every case whose distinct groups all differ in size, where its greedy assignment is fully determined; for cases with equal-sized groups, a numpy second implementation of the same greedy rule with the stated tie order (np.lexsort by size, then group id, both descending), which scikit-learn 1.2's unstable argsort only guarantees for small inputs. ValueErrors become [].
import numpy as np
from sklearn.model_selection import GroupKFold


def _numpy_group_k_fold(groups, n_splits):
    ids, codes, sizes = np.unique(groups, return_inverse=True, return_counts=True)
    order = np.lexsort((-ids, -sizes))  # size descending, then id descending
    load = np.zeros(n_splits, dtype=int)
    fold_of = np.zeros(len(ids), dtype=int)
    for g in order:
        f = int(np.argmin(load))  # first minimum = lowest fold index
        fold_of[g] = f
        load[f] += sizes[g]
    row_fold = fold_of[codes]
    idx = np.arange(len(groups))
    return [[idx[row_fold != f].tolist(), idx[row_fold == f].tolist()] for f in range(n_splits)]


def oracle(groups, n_splits):
    g = np.asarray(groups)
    ids, sizes = np.unique(g, return_counts=True)
    if n_splits < 2 or n_splits > len(ids):
        return []
    if len(np.unique(sizes)) == len(sizes):
        X = np.zeros((len(g), 1))
        return [[tr.tolist(), te.tolist()] for tr, te in GroupKFold(n_splits=n_splits).split(X, groups=g)]
    return _numpy_group_k_fold(g, n_splits)
