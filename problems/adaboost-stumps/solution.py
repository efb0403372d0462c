import math


def _stump_predict(x, j, t, polarity):
    return polarity if x[j] <= t else -polarity


def adaboost_stumps(X, y, X_test, rounds):
    n, d = len(y), len(X[0])
    w = [1.0 / n] * n
    orders = [sorted(range(n), key=lambda i: X[i][j]) for j in range(d)]   # sort each feature once
    stumps = []
    for _ in range(rounds):
        best = None
        for j in range(d):
            order = orders[j]
            # Error of polarity +1 with every row on the right (predicted -1): the weight of the positives.
            err = sum(w[i] for i in range(n) if y[i] == 1)
            for pos in range(n - 1):
                i = order[pos]
                err += w[i] if y[i] == -1 else -w[i]      # row i moves left and is now predicted +1
                a, b = X[i][j], X[order[pos + 1]][j]
                if a == b:
                    continue                              # not a boundary between distinct values
                t = (a + b) / 2
                # Polarity -1 errs exactly where +1 is right.
                for polarity, e in ((1, err), (-1, 1.0 - err)):
                    if best is None or e < best[3] - 1e-12:
                        best = (j, t, polarity, e)
        j, t, polarity, eps = best
        eps = min(max(eps, 1e-10), 1 - 1e-10)
        alpha = 0.5 * math.log((1 - eps) / eps)
        stumps.append([j, t, polarity, alpha])
        w = [wi * math.exp(-alpha * yi * _stump_predict(row, j, t, polarity)) for wi, row, yi in zip(w, X, y)]
        total = sum(w)
        w = [wi / total for wi in w]
    predictions = []
    for x in X_test:
        score = sum(a * _stump_predict(x, j, t, p) for j, t, p, a in stumps)
        predictions.append(1 if score >= 0 else -1)
    return [stumps, predictions]
