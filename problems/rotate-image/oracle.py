# Independent of the reference (transpose, then mirror in place): the definition of a clockwise
# quarter turn, new[r][c] = old[n - 1 - c][r], into a fresh matrix.
def oracle(matrix):
    n = len(matrix)
    return [[matrix[n - 1 - c][r] for c in range(n)] for r in range(n)]
