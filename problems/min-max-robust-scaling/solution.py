def _quantile(sorted_vals, p):
    """Linear interpolation between closest ranks (numpy's default percentile method)."""
    h = (len(sorted_vals) - 1) * p
    lo = int(h)
    if lo + 1 >= len(sorted_vals):
        return float(sorted_vals[-1])
    return sorted_vals[lo] + (h - lo) * (sorted_vals[lo + 1] - sorted_vals[lo])


def scale_features(X_train, X_test, method):
    d = len(X_train[0])
    params = []
    for j in range(d):
        col = sorted(row[j] for row in X_train)      # fitted on the training rows only
        if method == "minmax":
            center, spread = float(col[0]), float(col[-1] - col[0])
        else:
            center = _quantile(col, 0.5)
            spread = _quantile(col, 0.75) - _quantile(col, 0.25)
        if spread == 0:
            spread = 1.0                             # constant column: only shift it
        params.append([center, spread])

    def transform(rows):
        return [[(v - params[j][0]) / params[j][1] for j, v in enumerate(row)] for row in rows]

    return [params, transform(X_train), transform(X_test)]
