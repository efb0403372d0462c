# Oracle: second implementation, written differently from the reference: the same random.Random(seed) call sequence (the one the statement fixes), and each tree fitted with numpy — bootstrap rows as an index array with repeats, cumulative one-hot class counts scoring every split position of a node at once — and a numpy bincount vote. No library fits this exact forest (scikit-learn draws its bootstrap with numpy and its features per split).
import random

import numpy as np


def _gini_rows(counts):
    tot = counts.sum(axis=1, keepdims=True)
    p = counts / np.maximum(tot, 1)
    return 1.0 - (p ** 2).sum(axis=1)


def _fit(X, onehot, classes, idx, feats, max_depth):
    def grow(idx, depth):
        counts = onehot[idx].sum(axis=0)
        label = int(classes[int(np.argmax(counts))])
        n = len(idx)
        if depth >= max_depth or n < 2 or (counts > 0).sum() == 1:
            return label
        parent = 1.0 - ((counts / n) ** 2).sum()
        best = None
        for j in feats:
            order = idx[np.argsort(X[idx, j], kind="stable")]
            v = X[order, j]
            left = np.cumsum(onehot[order], axis=0)[:-1]
            nl = np.arange(1, n)
            score = (nl * _gini_rows(left) + (n - nl) * _gini_rows(counts - left)) / n
            for p in np.nonzero(v[:-1] < v[1:])[0]:
                if best is None or score[p] < best[2] - 1e-12:
                    best = (j, (v[p] + v[p + 1]) / 2, score[p])
        if best is None or best[2] >= parent - 1e-12:
            return label
        j, t, _ = best
        mask = X[idx, j] <= t
        return (j, t, grow(idx[mask], depth + 1), grow(idx[~mask], depth + 1))
    return grow(idx, 0)


def _apply(node, x):
    while isinstance(node, tuple):
        node = node[2] if x[node[0]] <= node[1] else node[3]
    return node


def oracle(X_train, y_train, X_test, n_trees, max_depth, max_features, seed):
    X = np.asarray(X_train, dtype=float).reshape(len(y_train), -1)
    n, d = X.shape
    classes, yi = np.unique(np.asarray(y_train), return_inverse=True)
    onehot = np.eye(len(classes))[yi]
    rng = random.Random(seed)
    trees = []
    for _ in range(n_trees):
        idx = np.array([rng.randrange(n) for _ in range(n)])
        feats = sorted(rng.sample(range(d), max_features))
        trees.append(_fit(X, onehot, classes, idx, feats, max_depth))
    preds = np.array([[_apply(t, x) for t in trees] for x in X_test])   # (test rows, trees)
    pos = np.searchsorted(classes, preds)
    out = []
    for row in pos:
        votes = np.bincount(row, minlength=len(classes))
        out.append(int(classes[int(np.argmax(votes))]))                  # first max = smallest label
    return out
