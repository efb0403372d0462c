def solve_linear_system(A: list, b: list) -> list:
    n = len(A)
    M = [[float(x) for x in row] + [float(bi)] for row, bi in zip(A, b)]  # [A | b], a copy
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(M[r][col]))
        if abs(M[pivot][col]) <= 1e-10:
            return []  # no unique solution
        M[col], M[pivot] = M[pivot], M[col]  # swaps b's entry too
        pivot_row = M[col]
        p = pivot_row[col]
        for r in range(col + 1, n):
            factor = M[r][col] / p
            if factor:
                row = M[r]
                for c in range(col, n + 1):
                    row[c] -= factor * pivot_row[c]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):  # back substitution, bottom row first
        s = M[i][n] - sum(M[i][j] * x[j] for j in range(i + 1, n))
        x[i] = s / M[i][i]
    return x
