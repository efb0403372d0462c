def least_squares_qr(A: list, b: list) -> list:
    m, n = len(A), len(A[0])
    R = [[float(v) for v in row] for row in A]  # becomes R in its top n rows
    qtb = [float(v) for v in b]  # becomes Qᵀb
    scale = max(math.sqrt(sum(R[i][j] ** 2 for i in range(m))) for j in range(n))
    for k in range(n):
        norm = math.sqrt(sum(R[i][k] ** 2 for i in range(k, m)))
        if norm <= 1e-9 * scale:
            return []  # |R[k][k]| = this norm: the columns are linearly dependent
        # Householder reflector sending R[k:, k] to alpha·e1; alpha takes the sign opposite to R[k][k] to avoid cancellation.
        alpha = -norm if R[k][k] >= 0 else norm
        u = [R[i][k] for i in range(k, m)]
        u[0] -= alpha
        uu = sum(v * v for v in u)
        for j in range(k, n):
            s = 2.0 * sum(u[i - k] * R[i][j] for i in range(k, m)) / uu
            for i in range(k, m):
                R[i][j] -= s * u[i - k]
        s = 2.0 * sum(u[i - k] * qtb[i] for i in range(k, m)) / uu
        for i in range(k, m):
            qtb[i] -= s * u[i - k]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):  # back substitution on R x = (Qᵀb)[:n]
        x[i] = (qtb[i] - sum(R[i][j] * x[j] for j in range(i + 1, n))) / R[i][i]
    residual = math.sqrt(sum(v * v for v in qtb[n:]))  # Q is orthogonal, so ‖Ax − b‖ = ‖(Qᵀb)[n:]‖
    return [x, residual]
