# Indexes B[j][k] instead of B[k][j]: multiplies A by the transpose of B (and fails outright when B is not square).
def matmul(A, B):
    n, m = len(A), len(A[0])
    if m != len(B):
        return []
    p = len(B[0])
    C = [[0] * p for _ in range(n)]
    for i in range(n):
        for j in range(p):
            s = 0
            for k in range(m):
                s += A[i][k] * B[j][k]
            C[i][j] = s
    return C
