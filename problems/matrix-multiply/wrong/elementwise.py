# Confuses the matrix product with the entry-by-entry (Hadamard) product, as numpy's * operator does.
def matmul(A, B):
    if len(A[0]) != len(B):
        return []
    return [[a * b for a, b in zip(ra, rb)] for ra, rb in zip(A, B)]
