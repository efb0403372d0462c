# Applies gamma[0] and beta[0] to every feature instead of each feature's own gamma and beta.
import math


def layer_norm(x, gamma, beta, eps):
    out = []
    for row in x:
        d = len(row)
        mu = sum(row) / d
        var = sum((v - mu) ** 2 for v in row) / d
        out.append([gamma[0] * (v - mu) / math.sqrt(var + eps) + beta[0] for v in row])
    return out
