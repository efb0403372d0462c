# Mistake: a constant column keeps 1.0 on the correlation diagonal instead of the stated 0.0.
import math


def covariance_correlation(X: list) -> list:
    n, d = len(X), len(X[0])
    means = [sum(row[j] for row in X) / n for j in range(d)]
    centred = [[row[j] - means[j] for j in range(d)] for row in X]
    cov = [[0.0] * d for _ in range(d)]
    for j in range(d):
        for k in range(j, d):
            s = sum(r[j] * r[k] for r in centred) / (n - 1)
            cov[j][k] = cov[k][j] = s
    std = [math.sqrt(cov[j][j]) for j in range(d)]
    corr = [[0.0] * d for _ in range(d)]
    for j in range(d):
        for k in range(d):
            if j == k:
                corr[j][k] = 1.0
            elif std[j] > 0 and std[k] > 0:
                corr[j][k] = cov[j][k] / (std[j] * std[k])
    return [cov, corr]
