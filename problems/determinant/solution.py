def determinant(A: list) -> float:
    n = len(A)
    M = [[float(x) for x in row] for row in A]  # work on a copy
    det = 1.0
    for col in range(n):
        # Partial pivoting: the row (at or below col) with the largest entry in this column.
        pivot = max(range(col, n), key=lambda r: abs(M[r][col]))
        if M[pivot][col] == 0.0:
            return 0.0  # the column is zero from here down: singular
        if pivot != col:
            M[col], M[pivot] = M[pivot], M[col]
            det = -det  # a row swap flips the sign
        p = M[col][col]
        det *= p
        pivot_row = M[col]
        for r in range(col + 1, n):
            factor = M[r][col] / p
            if factor:
                row = M[r]
                for c in range(col + 1, n):
                    row[c] -= factor * pivot_row[c]
    return det
