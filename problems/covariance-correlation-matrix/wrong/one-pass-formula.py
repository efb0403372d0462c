# Mistake: the one-pass formula sum(xy) - n*mx*my, which cancels catastrophically with a large offset.
import math


def covariance_correlation(X: list) -> list:
    n, d = len(X), len(X[0])
    means = [sum(row[j] for row in X) / n for j in range(d)]
    centred = [[row[j] - means[j] for j in range(d)] for row in X]
    cov = [[0.0] * d for _ in range(d)]
    for j in range(d):
        for k in range(j, d):
            s = (sum(row[j] * row[k] for row in X) - n * means[j] * means[k]) / (n - 1)
            cov[j][k] = cov[k][j] = s
    std = [math.sqrt(cov[j][j]) for j in range(d)]
    corr = [[0.0] * d for _ in range(d)]
    for j in range(d):
        for k in range(d):
            if std[j] > 0 and std[k] > 0:
                corr[j][k] = cov[j][k] / (std[j] * std[k])
    return [cov, corr]
