# Adds eps to the standard deviation, sqrt(var) + eps, instead of to the variance.
import math


def layer_norm(row: list, gamma: list, beta: list, eps: float) -> list:
    d = len(row)
    mean = sum(row) / d
    var = sum((v - mean) ** 2 for v in row) / d  # biased: divide by d; two passes keep precision
    inv = 1.0 / (math.sqrt(var) + eps)
    return [(v - mean) * inv * g + b for v, g, b in zip(row, gamma, beta)]


def linear_relu(row: list, W: list, c: list) -> list:
    # Row-vector convention: out[j] = sum_i row[i] * W[i][j] + c[j].
    return [max(0.0, sum(row[i] * W[i][j] for i in range(len(row))) + c[j]) for j in range(len(c))]


def residual_block(X: list, W: list, c: list, gamma: list, beta: list, eps: float, pre_norm: bool) -> list:
    out = []
    for x in X:
        if pre_norm:
            f = linear_relu(layer_norm(x, gamma, beta, eps), W, c)
            out.append([a + b for a, b in zip(x, f)])  # the residual carries the raw x
        else:
            f = linear_relu(x, W, c)
            out.append(layer_norm([a + b for a, b in zip(x, f)], gamma, beta, eps))
    return out
