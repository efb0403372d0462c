# Solves the normal equations AᵀA x = Aᵀb by elimination: the condition number is squared, and an ill-conditioned A loses most of its digits.
def least_squares_qr(A, b):
    m, n = len(A), len(A[0])
    M = [[sum(A[i][a] * A[i][c] for i in range(m)) for c in range(n)] + [sum(A[i][a] * b[i] for i in range(m))] for a in range(n)]
    s = max(abs(v) for row in M for v in row[:n])
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(M[r][c]))
        if abs(M[p][c]) <= 1e-18 * s:
            return []
        M[c], M[p] = M[p], M[c]
        for r in range(c + 1, n):
            f = M[r][c] / M[c][c]
            for k in range(c, n + 1):
                M[r][k] -= f * M[c][k]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        x[i] = (M[i][n] - sum(M[i][j] * x[j] for j in range(i + 1, n))) / M[i][i]
    r = [sum(A[i][j] * x[j] for j in range(n)) - b[i] for i in range(m)]
    return [x, math.sqrt(sum(v * v for v in r))]
