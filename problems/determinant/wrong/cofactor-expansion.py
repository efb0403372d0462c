# Correct values by Laplace (cofactor) expansion along the first row, but O(n!): it never finishes on the large tests.
def determinant(A):
    n = len(A)
    if n == 1:
        return float(A[0][0])
    if n == 2:
        return float(A[0][0] * A[1][1] - A[0][1] * A[1][0])
    total = 0.0
    for j in range(n):
        if A[0][j] == 0:
            continue
        minor = [row[:j] + row[j + 1:] for row in A[1:]]
        total += (-1) ** j * A[0][j] * determinant(minor)
    return total
