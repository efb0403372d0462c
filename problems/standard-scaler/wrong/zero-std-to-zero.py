# Maps every value of a zero-variance column to 0.0 instead of centring it with scale 1.
def standard_scale(train, test):
    n, d = len(train), len(train[0])
    means = [sum(r[j] for r in train) / n for j in range(d)]
    stds = [math.sqrt(sum((r[j] - means[j]) ** 2 for r in train) / n) for j in range(d)]
    return [[(r[j] - means[j]) / stds[j] if stds[j] > 0 else 0.0 for j in range(d)] for r in test]
