# Counts missing entries as 0 when computing the statistic, dividing by all rows instead of the observed ones.
def _median(values):
    s = sorted(values)
    mid = len(s) // 2
    return float(s[mid]) if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def impute(X_train, X_test, strategy):
    d = len(X_train[0])
    stats = []
    for j in range(d):
        present = [0.0 if row[j] is None else row[j] for row in X_train]
        if all(row[j] is None for row in X_train):
            present = []
        if not present:
            stats.append(0.0)                                          # all missing: fill with 0
        elif strategy == "mean":
            stats.append(sum(present) / len(present))
        else:
            stats.append(_median(present))

    def fill(rows):
        return [[stats[j] if v is None else float(v) for j, v in enumerate(row)] for row in rows]

    return [stats, fill(X_train), fill(X_test)]
