# Gauss-Jordan without row swaps: divides by a zero pivot (ZeroDivisionError) on invertible matrices like [[0, 1], [1, 0]].
def matrix_inverse(A):
    n = len(A)
    M = [[float(x) for x in row] + [1.0 if j == i else 0.0 for j in range(n)] for i, row in enumerate(A)]
    for col in range(n):
        p = M[col][col]
        if abs(p) <= 1e-10 and all(abs(M[r][col]) <= 1e-10 for r in range(col, n)):
            return []
        M[col] = [x / p for x in M[col]]
        for r in range(n):
            if r != col:
                f = M[r][col]
                M[r] = [x - f * y for x, y in zip(M[r], M[col])]
    return [row[n:] for row in M]
