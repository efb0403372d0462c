# Pivots correctly but forgets that each row swap flips the sign of the determinant.
def determinant(A):
    n = len(A)
    M = [[float(x) for x in row] for row in A]
    det = 1.0
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(M[r][col]))
        if M[pivot][col] == 0.0:
            return 0.0
        M[col], M[pivot] = M[pivot], M[col]
        p = M[col][col]
        det *= p
        for r in range(col + 1, n):
            factor = M[r][col] / p
            for c in range(col, n):
                M[r][c] -= factor * M[col][c]
    return det
