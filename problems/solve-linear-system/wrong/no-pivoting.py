# Eliminates without pivoting: a tiny diagonal entry such as 1e-20 gives a silently wrong answer (and an exact 0 a ZeroDivisionError).
def solve_linear_system(A, b):
    n = len(A)
    M = [[float(x) for x in row] + [float(bi)] for row, bi in zip(A, b)]
    for col in range(n):
        if all(abs(M[r][col]) <= 1e-10 for r in range(col, n)):
            return []
        p = M[col][col]
        for r in range(col + 1, n):
            f = M[r][col] / p
            for c in range(col, n + 1):
                M[r][c] -= f * M[col][c]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        x[i] = (M[i][n] - sum(M[i][j] * x[j] for j in range(i + 1, n))) / M[i][i]
    return x
