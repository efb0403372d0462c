# No var_smoothing: a feature that is constant within a class gives variance 0 and a ZeroDivisionError (or math domain error).
def gaussian_nb_predict(X_train, y_train, X_test):
    n, d = len(X_train), len(X_train[0])
    groups = defaultdict(list)
    for row, label in zip(X_train, y_train):
        groups[label].append(row)
    model = []
    for label in sorted(groups):
        rows = groups[label]
        m = len(rows)
        mu = [sum(r[j] for r in rows) / m for j in range(d)]
        var = [sum((r[j] - mu[j]) ** 2 for r in rows) / m for j in range(d)]
        model.append((label, math.log(m / n), mu, var))
    out = []
    for x in X_test:
        scores = [(prior - 0.5 * sum(math.log(2 * math.pi * v) + (a - b) ** 2 / v for a, b, v in zip(x, mu, var)), -label, label)
                  for label, prior, mu, var in model]
        out.append(max(scores)[2])
    return out
