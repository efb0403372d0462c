# Makes a node a leaf when it has min_samples_split samples or fewer, but a node with exactly min_samples_split samples may still split.
def _gini(counts, total):
    return 1.0 - sum((c / total) ** 2 for c in counts.values())


def _majority(labels):
    counts = {}
    for v in labels:
        counts[v] = counts.get(v, 0) + 1
    top = max(counts.values())
    return min(v for v, c in counts.items() if c == top)   # ties go to the smallest label


def _best_split(X, y, rows):
    """Best (feature, threshold, weighted gini) over all midpoints, or None."""
    n = len(rows)
    total = {}
    for i in rows:
        total[y[i]] = total.get(y[i], 0) + 1
    best = None
    for j in range(len(X[0])):
        order = sorted(rows, key=lambda i: X[i][j])
        left = {}
        right = dict(total)
        for pos in range(n - 1):
            lab = y[order[pos]]
            left[lab] = left.get(lab, 0) + 1
            right[lab] -= 1
            a, b = X[order[pos]][j], X[order[pos + 1]][j]
            if a == b:
                continue                           # not a boundary between distinct values
            nl = pos + 1
            score = (nl * _gini(left, nl) + (n - nl) * _gini(right, n - nl)) / n
            if best is None or score < best[2] - 1e-12:
                best = (j, (a + b) / 2, score)
    return best


def _build(X, y, rows, depth, max_depth, min_samples_split):
    labels = [y[i] for i in rows]
    leaf = ("leaf", _majority(labels))
    if depth >= max_depth or len(rows) <= min_samples_split or len(set(labels)) == 1:
        return leaf
    split = _best_split(X, y, rows)
    if split is None:
        return leaf
    counts = {}
    for v in labels:
        counts[v] = counts.get(v, 0) + 1
    if split[2] >= _gini(counts, len(rows)) - 1e-12:
        return leaf                                # the split does not lower the impurity
    j, t, _ = split
    left = [i for i in rows if X[i][j] <= t]
    right = [i for i in rows if X[i][j] > t]
    return ("split", j, t,
            _build(X, y, left, depth + 1, max_depth, min_samples_split),
            _build(X, y, right, depth + 1, max_depth, min_samples_split))


def decision_tree_predict(X_train, y_train, X_test, max_depth, min_samples_split):
    root = _build(X_train, y_train, list(range(len(y_train))), 0, max_depth, min_samples_split)
    out = []
    for x in X_test:
        node = root
        while node[0] == "split":
            node = node[3] if x[node[1]] <= node[2] else node[4]
        out.append(node[1])
    return out
