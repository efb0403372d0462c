# Leakage: fits the mean and standard deviation on train + test together instead of on train only.
def standard_scale(train, test):
    rows = train + test
    n, d = len(rows), len(train[0])
    means = [sum(r[j] for r in rows) / n for j in range(d)]
    stds = [math.sqrt(sum((r[j] - means[j]) ** 2 for r in rows) / n) or 1.0 for j in range(d)]
    return [[(r[j] - means[j]) / stds[j] for j in range(d)] for r in test]
