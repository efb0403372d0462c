# Declares the system singular only when a pivot is exactly 0.0: an exactly singular XᵀX that elimination leaves with a rounding residue returns huge, meaningless weights instead of [].
def normal_equation_regression(X, y):
    n, d = len(X), len(X[0])
    Z = [list(map(float, r)) + [1.0] for r in X]
    p = d + 1
    M = [[sum(Z[i][a] * Z[i][b] for i in range(n)) for b in range(p)] + [sum(Z[i][a] * y[i] for i in range(n))] for a in range(p)]
    for col in range(p):
        piv = max(range(col, p), key=lambda r: abs(M[r][col]))
        if M[piv][col] == 0.0:
            return []
        M[col], M[piv] = M[piv], M[col]
        for r in range(col + 1, p):
            f = M[r][col] / M[col][col]
            for c in range(col, p + 1):
                M[r][c] -= f * M[col][c]
    t = [0.0] * p
    for i in range(p - 1, -1, -1):
        t[i] = (M[i][p] - sum(M[i][j] * t[j] for j in range(i + 1, p))) / M[i][i]
    return [t[:d], t[d]]
