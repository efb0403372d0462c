# Forgets to centre the data: iterates with X^T X, whose top eigenvector points towards the mean, not along the main variance.
def first_principal_component(X, v0, n_iter):
    n, d = len(X), len(X[0])
    C = [[sum(r[a] * r[b] for r in X) / n for b in range(d)] for a in range(d)]
    v = list(v0)
    for _ in range(n_iter):
        w = [sum(C[a][b] * v[b] for b in range(d)) for a in range(d)]
        norm = math.sqrt(sum(x * x for x in w))
        v = [x / norm for x in w]
    k = max(range(d), key=lambda j: abs(v[j]))
    return [-x for x in v] if v[k] < 0 else v
