# Uses the unbiased variance (divides by m - 1), which batch norm's training forward pass does not.
def batch_norm_forward(x, gamma, beta, eps):
    m, d = len(x), len(x[0])
    cols = list(zip(*x))
    means = [sum(c) / m for c in cols]
    var = [sum((v - mu) ** 2 for v in c) / max(m - 1, 1) for c, mu in zip(cols, means)]
    return [[gamma[j] * (row[j] - means[j]) / math.sqrt(var[j] + eps) + beta[j] for j in range(d)] for row in x]
