# Takes the upper middle value as the median of an even count instead of the mean of the two middle values.
def _median(values):
    s = sorted(values)
    mid = len(s) // 2
    return float(s[mid])


def impute(X_train, X_test, strategy):
    d = len(X_train[0])
    stats = []
    for j in range(d):
        present = [row[j] for row in X_train if row[j] is not None]   # fitted on train only
        if not present:
            stats.append(0.0)                                          # all missing: fill with 0
        elif strategy == "mean":
            stats.append(sum(present) / len(present))
        else:
            stats.append(_median(present))

    def fill(rows):
        return [[stats[j] if v is None else float(v) for j, v in enumerate(row)] for row in rows]

    return [stats, fill(X_train), fill(X_test)]
