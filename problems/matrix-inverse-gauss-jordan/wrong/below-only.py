# Clears each column only below the pivot (plain Gaussian elimination) and reads the right half without back substitution.
def matrix_inverse(A):
    n = len(A)
    M = [[float(x) for x in row] + [1.0 if j == i else 0.0 for j in range(n)] for i, row in enumerate(A)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(M[r][col]))
        if abs(M[pivot][col]) <= 1e-10:
            return []
        M[col], M[pivot] = M[pivot], M[col]
        p = M[col][col]
        M[col] = [x / p for x in M[col]]
        for r in range(col + 1, n):
            f = M[r][col]
            M[r] = [x - f * y for x, y in zip(M[r], M[col])]
    return [row[n:] for row in M]
