# Adds eps to the standard deviation, (x - mean) / (std + eps), instead of inside the square root.
import math


def layer_norm(x, gamma, beta, eps):
    out = []
    for row in x:
        d = len(row)
        mu = sum(row) / d
        std = math.sqrt(sum((v - mu) ** 2 for v in row) / d)
        out.append([g * (v - mu) / (std + eps) + b for v, g, b in zip(row, gamma, beta)])
    return out
