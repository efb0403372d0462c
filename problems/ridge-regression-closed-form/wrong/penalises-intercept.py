# Appends a column of ones and solves (ZᵀZ + lam·I) θ = Zᵀy, so the intercept is shrunk towards 0 along with the weights.
def ridge_regression(X, y, lam):
    d = len(X[0]); p = d + 1
    Z = [list(map(float, r)) + [1.0] for r in X]
    M = [[sum(z[a] * z[b] for z in Z) + (lam if a == b else 0.0) for b in range(p)] + [sum(z[a] * t for z, t in zip(Z, y))] for a in range(p)]
    for col in range(p):
        piv = max(range(col, p), key=lambda r: abs(M[r][col]))
        M[col], M[piv] = M[piv], M[col]
        for r in range(col + 1, p):
            f = M[r][col] / M[col][col]
            for c in range(col, p + 1):
                M[r][c] -= f * M[col][c]
    t = [0.0] * p
    for i in range(p - 1, -1, -1):
        t[i] = (M[i][p] - sum(M[i][j] * t[j] for j in range(i + 1, p))) / M[i][i]
    return [t[:d], t[d]]
