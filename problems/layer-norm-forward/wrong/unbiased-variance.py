# Uses the unbiased variance (divides by d - 1, as statistics.stdev does) instead of by d.
import math


def layer_norm(x, gamma, beta, eps):
    out = []
    for row in x:
        d = len(row)
        mu = sum(row) / d
        var = sum((v - mu) ** 2 for v in row) / max(d - 1, 1)
        out.append([g * (v - mu) / math.sqrt(var + eps) + b for v, g, b in zip(row, gamma, beta)])
    return out
