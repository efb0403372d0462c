def solve(A: list, rhs: list) -> list:
    """Gaussian elimination with partial pivoting; A is symmetric positive definite here."""
    m = len(A)
    M = [row[:] + [v] for row, v in zip(A, rhs)]
    for col in range(m):
        piv = max(range(col, m), key=lambda r: abs(M[r][col]))
        M[col], M[piv] = M[piv], M[col]
        for r in range(col + 1, m):
            f = M[r][col] / M[col][col]
            if f:
                for c in range(col, m + 1):
                    M[r][c] -= f * M[col][c]
    x = [0.0] * m
    for i in range(m - 1, -1, -1):
        x[i] = (M[i][m] - sum(M[i][j] * x[j] for j in range(i + 1, m))) / M[i][i]
    return x


def ridge_regression(X: list, y: list, lam: float) -> list:
    n, d = len(X), len(X[0])
    # Centre the features and the target: the intercept then drops out of the penalised problem.
    x_mean = [sum(row[j] for row in X) / n for j in range(d)]
    y_mean = sum(y) / n
    Xc = [[row[j] - x_mean[j] for j in range(d)] for row in X]
    yc = [t - y_mean for t in y]
    A = [[sum(r[a] * r[b] for r in Xc) + (lam if a == b else 0.0) for b in range(d)] for a in range(d)]
    rhs = [sum(r[a] * t for r, t in zip(Xc, yc)) for a in range(d)]
    w = solve(A, rhs)
    b = y_mean - sum(wj * mj for wj, mj in zip(w, x_mean))
    return [w, b]
