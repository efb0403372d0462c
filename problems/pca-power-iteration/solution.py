def first_principal_component(X: list, v0: list, n_iter: int) -> list:
    n, d = len(X), len(X[0])
    means = [sum(row[j] for row in X) / n for j in range(d)]
    Xc = [[row[j] - means[j] for j in range(d)] for row in X]
    # Covariance matrix (the 1 / (n - 1) factor does not change the direction).
    C = [[sum(r[a] * r[b] for r in Xc) / (n - 1) for b in range(d)] for a in range(d)]
    v = list(v0)
    for _ in range(n_iter):
        w = [sum(C[a][b] * v[b] for b in range(d)) for a in range(d)]
        norm = math.sqrt(sum(x * x for x in w))
        v = [x / norm for x in w]  # normalise every step, or the entries overflow
    norm = math.sqrt(sum(x * x for x in v))
    v = [x / norm for x in v]
    k = max(range(d), key=lambda j: abs(v[j]))  # first index of the largest magnitude
    if v[k] < 0:
        v = [-x for x in v]
    return v
