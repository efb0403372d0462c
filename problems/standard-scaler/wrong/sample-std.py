# Uses the sample standard deviation (divides by n - 1) instead of the population one.
def standard_scale(train, test):
    n, d = len(train), len(train[0])
    means = [sum(r[j] for r in train) / n for j in range(d)]
    stds = [math.sqrt(sum((r[j] - means[j]) ** 2 for r in train) / max(n - 1, 1)) or 1.0 for j in range(d)]
    return [[(r[j] - means[j]) / stds[j] for j in range(d)] for r in test]
