def normal_equation_regression(X: list, y: list) -> list:
    n, d = len(X), len(X[0])
    Z = [[float(v) for v in row] + [1.0] for row in X]  # the intercept is the last column
    p = d + 1
    # Augmented system [ZᵀZ | Zᵀy].
    M = [[sum(Z[i][a] * Z[i][b] for i in range(n)) for b in range(p)] + [sum(Z[i][a] * y[i] for i in range(n))]
         for a in range(p)]
    scale = max(abs(v) for row in M for v in row[:p])
    for col in range(p):
        piv = max(range(col, p), key=lambda r: abs(M[r][col]))  # first row on a tie
        if abs(M[piv][col]) <= 1e-9 * scale:
            return []  # ZᵀZ is singular: no unique least-squares solution
        M[col], M[piv] = M[piv], M[col]  # the right-hand side moves with its row
        top = M[col]
        for r in range(col + 1, p):
            f = M[r][col] / top[col]
            if f:
                row = M[r]
                for c in range(col, p + 1):
                    row[c] -= f * top[c]
    theta = [0.0] * p
    for i in range(p - 1, -1, -1):  # back substitution from the last row
        theta[i] = (M[i][p] - sum(M[i][j] * theta[j] for j in range(i + 1, p))) / M[i][i]
    return [theta[:d], theta[d]]
