# Treats a matrix as singular only when the pivot is exactly 0.0: a rounding residue of 1e-16 yields a bogus "inverse" with entries near 1e16.
def matrix_inverse(A):
    n = len(A)
    M = [[float(x) for x in row] + [1.0 if j == i else 0.0 for j in range(n)] for i, row in enumerate(A)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(M[r][col]))
        if M[pivot][col] == 0.0:
            return []
        M[col], M[pivot] = M[pivot], M[col]
        p = M[col][col]
        M[col] = [x / p for x in M[col]]
        for r in range(n):
            if r != col:
                f = M[r][col]
                M[r] = [x - f * y for x, y in zip(M[r], M[col])]
    return [row[n:] for row in M]
