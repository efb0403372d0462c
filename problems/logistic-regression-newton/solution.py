def sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def solve(A: list, g: list) -> list:
    """Gaussian elimination with partial pivoting (A is positive definite here)."""
    m = len(A)
    M = [row[:] + [v] for row, v in zip(A, g)]
    for c in range(m):
        p = max(range(c, m), key=lambda r: abs(M[r][c]))
        M[c], M[p] = M[p], M[c]
        for r in range(c + 1, m):
            f = M[r][c] / M[c][c]
            if f:
                for k in range(c, m + 1):
                    M[r][k] -= f * M[c][k]
    x = [0.0] * m
    for i in range(m - 1, -1, -1):
        x[i] = (M[i][m] - sum(M[i][j] * x[j] for j in range(i + 1, m))) / M[i][i]
    return x


def logistic_regression_newton(X: list, y: list, lam: float, iterations: int) -> list:
    d = len(X[0])
    rows = [list(map(float, r)) + [1.0] for r in X]  # the bias is the last coordinate
    theta = [0.0] * (d + 1)
    for _ in range(iterations):
        grad = [0.0] * (d + 1)
        H = [[0.0] * (d + 1) for _ in range(d + 1)]
        for z, t in zip(rows, y):
            p = sigmoid(sum(a * b for a, b in zip(theta, z)))
            s = p * (1.0 - p)
            for a in range(d + 1):
                grad[a] += (p - t) * z[a]
                for c in range(d + 1):
                    H[a][c] += s * z[a] * z[c]
        for j in range(d):  # the penalty (lam/2)·‖w‖² touches the weights, never the bias
            grad[j] += lam * theta[j]
            H[j][j] += lam
        step = solve(H, grad)
        theta = [a - b for a, b in zip(theta, step)]
    return [theta[:d], theta[d]]
