def matrix_inverse(A: list) -> list:
    n = len(A)
    # The augmented matrix [A | I], as floats, on a copy.
    M = [[float(x) for x in row] + [1.0 if j == i else 0.0 for j in range(n)] for i, row in enumerate(A)]
    for col in range(n):
        # Partial pivoting: largest absolute value in this column, first such row on a tie.
        pivot = max(range(col, n), key=lambda r: abs(M[r][col]))
        if abs(M[pivot][col]) <= 1e-10:
            return []  # numerically singular
        M[col], M[pivot] = M[pivot], M[col]
        p = M[col][col]
        M[col] = [x / p for x in M[col]]  # scale the pivot row so the pivot is 1
        pivot_row = M[col]
        for r in range(n):  # clear the column in every other row, above and below
            if r != col and M[r][col] != 0.0:
                factor = M[r][col]
                M[r] = [x - factor * y for x, y in zip(M[r], pivot_row)]
    return [row[n:] for row in M]
