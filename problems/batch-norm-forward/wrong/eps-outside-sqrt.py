# Adds eps to the standard deviation instead of to the variance: (x - mean) / (sqrt(var) + eps).
def batch_norm_forward(x, gamma, beta, eps):
    m, d = len(x), len(x[0])
    cols = list(zip(*x))
    means = [sum(c) / m for c in cols]
    var = [sum((v - mu) ** 2 for v in c) / m for c, mu in zip(cols, means)]
    return [[gamma[j] * (row[j] - means[j]) / (math.sqrt(var[j]) + eps) + beta[j] for j in range(d)] for row in x]
