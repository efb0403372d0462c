# Skips the sign convention and returns whichever of v and -v the iteration converged to.
def first_principal_component(X, v0, n_iter):
    n, d = len(X), len(X[0])
    means = [sum(r[j] for r in X) / n for j in range(d)]
    Xc = [[r[j] - means[j] for j in range(d)] for r in X]
    C = [[sum(r[a] * r[b] for r in Xc) / (n - 1) for b in range(d)] for a in range(d)]
    v = list(v0)
    for _ in range(n_iter):
        w = [sum(C[a][b] * v[b] for b in range(d)) for a in range(d)]
        norm = math.sqrt(sum(x * x for x in w))
        v = [x / norm for x in w]
    return v
