# Drops the log prior: every class is treated as equally likely, whatever its frequency in train.
def gaussian_nb_predict(X_train, y_train, X_test):
    n, d = len(X_train), len(X_train[0])
    allmu = [sum(r[j] for r in X_train) / n for j in range(d)]
    eps = 1e-9 * max(sum((r[j] - allmu[j]) ** 2 for r in X_train) / n for j in range(d))
    groups = defaultdict(list)
    for row, label in zip(X_train, y_train):
        groups[label].append(row)
    model = []
    for label in sorted(groups):
        rows = groups[label]
        m = len(rows)
        mu = [sum(r[j] for r in rows) / m for j in range(d)]
        var = [sum((r[j] - mu[j]) ** 2 for r in rows) / m + eps for j in range(d)]
        model.append((label, mu, var))
    out = []
    for x in X_test:
        best = None
        for label, mu, var in model:
            s = -0.5 * sum(math.log(2 * math.pi * v) + (a - b) ** 2 / v for a, b, v in zip(x, mu, var))
            if best is None or s > best[0]:
                best = (s, label)
        out.append(best[1])
    return out
