# Swaps the rows of XᵀX when pivoting but leaves Xᵀy in place, so the right-hand side no longer matches its equations.
def normal_equation_regression(X, y):
    n, d = len(X), len(X[0])
    Z = [list(map(float, r)) + [1.0] for r in X]
    p = d + 1
    G = [[sum(Z[i][a] * Z[i][b] for i in range(n)) for b in range(p)] for a in range(p)]
    c = [sum(Z[i][a] * y[i] for i in range(n)) for a in range(p)]
    scale = max(abs(v) for row in G for v in row)
    for col in range(p):
        piv = max(range(col, p), key=lambda r: abs(G[r][col]))
        if abs(G[piv][col]) <= 1e-9 * scale:
            return []
        G[col], G[piv] = G[piv], G[col]
        for r in range(col + 1, p):
            f = G[r][col] / G[col][col]
            for k in range(col, p):
                G[r][k] -= f * G[col][k]
            c[r] -= f * c[col]
    t = [0.0] * p
    for i in range(p - 1, -1, -1):
        t[i] = (c[i] - sum(G[i][j] * t[j] for j in range(i + 1, p))) / G[i][i]
    return [t[:d], t[d]]
