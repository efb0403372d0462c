# Keeps b separate and swaps the rows of A when pivoting but forgets to swap the matching entries of b.
def solve_linear_system(A, b):
    n = len(A)
    M = [[float(x) for x in row] for row in A]
    y = [float(v) for v in b]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(M[r][col]))
        if abs(M[pivot][col]) <= 1e-10:
            return []
        M[col], M[pivot] = M[pivot], M[col]
        for r in range(col + 1, n):
            f = M[r][col] / M[col][col]
            for c in range(col, n):
                M[r][c] -= f * M[col][c]
            y[r] -= f * y[col]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        x[i] = (y[i] - sum(M[i][j] * x[j] for j in range(i + 1, n))) / M[i][i]
    return x
