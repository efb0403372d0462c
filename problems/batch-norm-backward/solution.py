import math


def batch_norm_backward(X: list, gamma: list, eps: float, dY: list) -> list:
    N, D = len(X), len(X[0])
    dX = [[0.0] * D for _ in range(N)]
    dgamma, dbeta = [0.0] * D, [0.0] * D
    for j in range(D):
        col = [X[i][j] for i in range(N)]
        g = [dY[i][j] for i in range(N)]
        mean = sum(col) / N
        var = sum((v - mean) ** 2 for v in col) / N  # biased, as in the forward pass
        inv_std = 1.0 / math.sqrt(var + eps)
        xhat = [(v - mean) * inv_std for v in col]
        sum_g = sum(g)
        sum_gx = sum(a * b for a, b in zip(g, xhat))
        dbeta[j] = sum_g
        dgamma[j] = sum_gx
        # The mean and the variance depend on every x in the column: two correction terms.
        k = gamma[j] * inv_std / N
        for i in range(N):
            dX[i][j] = k * (N * g[i] - sum_g - xhat[i] * sum_gx)
    return [dX, dgamma, dbeta]
