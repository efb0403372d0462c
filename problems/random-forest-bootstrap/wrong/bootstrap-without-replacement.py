# Draws the bootstrap sample without replacement (a shuffle of all rows), so every tree sees the full training set once.
import random


def _gini(counts, total):
    return 1.0 - sum((c / total) ** 2 for c in counts.values())


def _count(labels):
    counts = {}
    for v in labels:
        counts[v] = counts.get(v, 0) + 1
    return counts


def _vote(labels):
    counts = _count(labels)
    top = max(counts.values())
    return min(v for v, c in counts.items() if c == top)   # ties go to the smallest label


def _best_split(X, y, rows, features):
    n = len(rows)
    total = _count(y[i] for i in rows)
    best = None
    for j in features:                                       # ascending feature index
        order = sorted(rows, key=lambda i: X[i][j])
        left, right = {}, dict(total)
        for pos in range(n - 1):
            lab = y[order[pos]]
            left[lab] = left.get(lab, 0) + 1
            right[lab] -= 1
            a, b = X[order[pos]][j], X[order[pos + 1]][j]
            if a == b:
                continue
            nl = pos + 1
            score = (nl * _gini(left, nl) + (n - nl) * _gini(right, n - nl)) / n
            if best is None or score < best[2] - 1e-12:
                best = (j, (a + b) / 2, score)
    return best


def _build(X, y, rows, features, depth, max_depth):
    labels = [y[i] for i in rows]
    leaf = ("leaf", _vote(labels))
    if depth >= max_depth or len(rows) < 2 or len(set(labels)) == 1:
        return leaf
    split = _best_split(X, y, rows, features)
    if split is None or split[2] >= _gini(_count(labels), len(rows)) - 1e-12:
        return leaf
    j, t, _ = split
    return ("split", j, t,
            _build(X, y, [i for i in rows if X[i][j] <= t], features, depth + 1, max_depth),
            _build(X, y, [i for i in rows if X[i][j] > t], features, depth + 1, max_depth))


def _predict(node, x):
    while node[0] == "split":
        node = node[3] if x[node[1]] <= node[2] else node[4]
    return node[1]


def random_forest_predict(X_train, y_train, X_test, n_trees, max_depth, max_features, seed):
    rng = random.Random(seed)
    n, d = len(y_train), len(X_train[0])
    trees = []
    for _ in range(n_trees):
        rows = rng.sample(range(n), n)
        features = sorted(rng.sample(range(d), max_features))   # then this tree's features
        trees.append(_build(X_train, y_train, rows, features, 0, max_depth))
    return [_vote([_predict(tree, x) for tree in trees]) for x in X_test]
