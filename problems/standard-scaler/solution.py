def standard_scale(train: list, test: list) -> list:
    n, d = len(train), len(train[0])
    means = [sum(row[j] for row in train) / n for j in range(d)]
    stds = []
    for j in range(d):
        var = sum((row[j] - means[j]) ** 2 for row in train) / n  # population variance (ddof = 0)
        std = math.sqrt(var)
        stds.append(std if std > 0 else 1.0)  # a constant column is only centred
    return [[(row[j] - means[j]) / stds[j] for j in range(d)] for row in test]
