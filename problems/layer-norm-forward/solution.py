import math


def layer_norm(x: list, gamma: list, beta: list, eps: float) -> list:
    out = []
    for row in x:  # each sample is normalised on its own, over its features
        d = len(row)
        mean = sum(row) / d
        var = sum((v - mean) ** 2 for v in row) / d  # biased variance
        inv_std = 1.0 / math.sqrt(var + eps)
        out.append([g * (v - mean) * inv_std + b for v, g, b in zip(row, gamma, beta)])
    return out
