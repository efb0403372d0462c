# Normalises each feature over the batch (batch norm) instead of each sample over its features.
import math


def layer_norm(x, gamma, beta, eps):
    m, d = len(x), len(x[0])
    cols = list(zip(*x))
    mu = [sum(col) / m for col in cols]
    var = [sum((v - mu[j]) ** 2 for v in cols[j]) / m for j in range(d)]
    return [[gamma[j] * (row[j] - mu[j]) / math.sqrt(var[j] + eps) + beta[j] for j in range(d)] for row in x]
