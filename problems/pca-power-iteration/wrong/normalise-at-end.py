# Normalises only once after the loop: the entries grow like lambda^n_iter, overflow to inf, and inf / inf gives nan.
def first_principal_component(X, v0, n_iter):
    n, d = len(X), len(X[0])
    means = [sum(r[j] for r in X) / n for j in range(d)]
    Xc = [[r[j] - means[j] for j in range(d)] for r in X]
    C = [[sum(r[a] * r[b] for r in Xc) / (n - 1) for b in range(d)] for a in range(d)]
    v = list(v0)
    for _ in range(n_iter):
        v = [sum(C[a][b] * v[b] for b in range(d)) for a in range(d)]
    norm = math.sqrt(sum(x * x for x in v))
    v = [x / norm for x in v]
    k = max(range(d), key=lambda j: abs(v[j]))
    return [-x for x in v] if v[k] < 0 else v
