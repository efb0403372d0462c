# Fits a line through the origin: solves XᵀX w = Xᵀy without the column of ones and reports b = 0.
def normal_equation_regression(X, y):
    n, d = len(X), len(X[0])
    M = [[sum(X[i][a] * X[i][b] for i in range(n)) for b in range(d)] + [sum(X[i][a] * y[i] for i in range(n))] for a in range(d)]
    scale = max(abs(v) for row in M for v in row[:d]) or 1.0
    for col in range(d):
        piv = max(range(col, d), key=lambda r: abs(M[r][col]))
        if abs(M[piv][col]) <= 1e-9 * scale:
            return []
        M[col], M[piv] = M[piv], M[col]
        for r in range(col + 1, d):
            f = M[r][col] / M[col][col]
            for c in range(col, d + 1):
                M[r][c] -= f * M[col][c]
    w = [0.0] * d
    for i in range(d - 1, -1, -1):
        w[i] = (M[i][d] - sum(M[i][j] * w[j] for j in range(i + 1, d))) / M[i][i]
    return [w, 0.0]
