# Eliminates without pivoting: divides by a zero pivot (ZeroDivisionError) or by a tiny one, which wipes out the answer.
def determinant(A):
    n = len(A)
    M = [[float(x) for x in row] for row in A]
    det = 1.0
    for col in range(n):
        p = M[col][col]
        det *= p
        for r in range(col + 1, n):
            factor = M[r][col] / p
            for c in range(col, n):
                M[r][c] -= factor * M[col][c]
    return det
