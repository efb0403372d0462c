def batch_norm_forward(x: list, gamma: list, beta: list, eps: float) -> list:
    m, d = len(x), len(x[0])
    out = [[0.0] * d for _ in range(m)]
    for j in range(d):  # statistics are per feature, over the batch
        col = [row[j] for row in x]
        mean = sum(col) / m
        var = sum((v - mean) ** 2 for v in col) / m  # biased variance, as in training mode
        inv_std = 1.0 / math.sqrt(var + eps)
        for i in range(m):
            out[i][j] = gamma[j] * (col[i] - mean) * inv_std + beta[j]
    return out
