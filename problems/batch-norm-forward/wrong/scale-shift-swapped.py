# Swaps the roles of gamma and beta: beta scales and gamma shifts.
def batch_norm_forward(x, gamma, beta, eps):
    m, d = len(x), len(x[0])
    cols = list(zip(*x))
    means = [sum(c) / m for c in cols]
    var = [sum((v - mu) ** 2 for v in c) / m for c, mu in zip(cols, means)]
    return [[beta[j] * (row[j] - means[j]) / math.sqrt(var[j] + eps) + gamma[j] for j in range(d)] for row in x]
