# Scores a split by the sum of the two sides' variances instead of their squared errors, so a small side counts as much as a large one.
def _fit_stump(X, r):
    """Best regression stump on residuals r: [feature, threshold, left value, right value]."""
    n, d = len(r), len(X[0])
    total, total_sq = sum(r), sum(v * v for v in r)
    best, best_sse = None, None
    for j in range(d):
        order = sorted(range(n), key=lambda i: X[i][j])
        s = sq = 0.0
        for pos in range(n - 1):
            i = order[pos]
            s += r[i]
            sq += r[i] * r[i]
            a, b = X[i][j], X[order[pos + 1]][j]
            if a == b:
                continue
            nl, nr = pos + 1, n - pos - 1
            # SSE around each side's mean = sum of squares - (sum)^2 / count
            sse = (sq - s * s / nl) / nl + ((total_sq - sq) - (total - s) ** 2 / nr) / nr
            if best_sse is None or sse < best_sse - 1e-9:
                best_sse = sse
                best = [j, (a + b) / 2, s / nl, (total - s) / nr]
    if best is None:                       # every feature constant: one value for all rows
        mean = total / n
        best = [-1, 0.0, mean, mean]
    return best


def _apply(stump, x):
    j, t, left, right = stump
    return left if j < 0 or x[j] <= t else right


def gradient_boosting_stumps(X, y, X_test, n_rounds, learning_rate):
    f0 = sum(y) / len(y)
    pred = [f0] * len(y)
    stumps = []
    for _ in range(n_rounds):
        residuals = [yi - pi for yi, pi in zip(y, pred)]   # negative gradient of ½(y - F)^2
        stump = _fit_stump(X, residuals)
        stumps.append(stump)
        pred = [p + learning_rate * _apply(stump, x) for p, x in zip(pred, X)]
    test = [f0 + learning_rate * sum(_apply(s, x) for s in stumps) for x in X_test]
    return [stumps, test]
