def _folds(m, k):
    """Contiguous, unshuffled k-fold over positions 0..m-1: (train positions, test positions)."""
    base, extra = divmod(m, k)
    out, start = [], 0
    for f in range(k):
        size = base + (1 if f < extra else 0)
        out.append((list(range(0, start)) + list(range(start + size, m)), list(range(start, start + size))))
        start += size
    return out


def _knn_accuracy(D, y, train, test, k_values):
    """Accuracy on `test` of k-NN fitted on `train`, for every k in k_values (D: squared distances)."""
    correct = {k: 0 for k in k_values}
    for q in test:
        # Nearest first; equal distances go to the smaller row index.
        row = D[q]
        dist = sorted((row[i], i) for i in train)
        for k in k_values:
            votes = {}
            for _, i in dist[:k]:
                votes[y[i]] = votes.get(y[i], 0) + 1
            top = max(votes.values())
            if min(lab for lab, c in votes.items() if c == top) == y[q]:
                correct[k] += 1
    return {k: correct[k] / len(test) for k in k_values}


def nested_cv_knn(X, y, k_values, outer_folds, inner_folds):
    n = len(y)
    D = [[sum((a - b) ** 2 for a, b in zip(X[i], X[j])) for j in range(n)] for i in range(n)]
    chosen, scores = [], []
    for outer_train, outer_test in _folds(n, outer_folds):
        # Inner CV sees only the outer training rows.
        m = len(outer_train)
        sums = {k: 0.0 for k in k_values}
        for tr, va in _folds(m, inner_folds):
            acc = _knn_accuracy(D, y, [outer_train[p] for p in tr], [outer_train[p] for p in va], k_values)
            for k in k_values:
                sums[k] += acc[k]
        best_k, best = None, None
        for k in sorted(k_values):
            mean = sums[k] / inner_folds
            if best is None or mean > best + 1e-12:   # ties keep the smaller k
                best_k, best = k, mean
        chosen.append(best_k)
        scores.append(_knn_accuracy(D, y, outer_train, outer_test, [best_k])[best_k])
    return [chosen, scores]
