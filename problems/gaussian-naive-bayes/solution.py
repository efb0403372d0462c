def gaussian_nb_predict(X_train: list, y_train: list, X_test: list) -> list:
    n, d = len(X_train), len(X_train[0])

    def mean_var(rows):
        m = len(rows)
        means = [sum(r[j] for r in rows) / m for j in range(d)]
        vars_ = [sum((r[j] - means[j]) ** 2 for r in rows) / m for j in range(d)]  # population variance
        return means, vars_

    # var_smoothing: 1e-9 times the largest per-feature variance of the whole training set.
    _, all_vars = mean_var(X_train)
    epsilon = 1e-9 * max(all_vars)

    by_class = defaultdict(list)
    for row, label in zip(X_train, y_train):
        by_class[label].append(row)
    model = []
    for label in sorted(by_class):  # sorted, so the first maximum is the smallest label
        rows = by_class[label]
        means, vars_ = mean_var(rows)
        vars_ = [v + epsilon for v in vars_]
        const = math.log(len(rows) / n) - 0.5 * sum(math.log(2 * math.pi * v) for v in vars_)
        model.append((label, const, means, vars_))

    preds = []
    for x in X_test:
        best_label, best_score = None, None
        for label, const, means, vars_ in model:
            # Log space: a product of many small densities would underflow to 0.
            score = const - 0.5 * sum((xj - mj) ** 2 / vj for xj, mj, vj in zip(x, means, vars_))
            if best_score is None or score > best_score:
                best_label, best_score = label, score
        preds.append(best_label)
    return preds
