def matmul(A: list, B: list) -> list:
    if len(A[0]) != len(B):
        return []  # inner dimensions differ: no product
    p = len(B[0])
    C = []
    for row in A:
        out = [0] * p
        for a_ik, b_row in zip(row, B):  # k runs along row i of A and down the rows of B
            if a_ik:
                for j in range(p):
                    out[j] += a_ik * b_row[j]
        C.append(out)
    return C
