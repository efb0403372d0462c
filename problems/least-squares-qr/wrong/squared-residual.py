# Returns the squared residual ‖Ax − b‖² (the objective value) instead of its norm.
def least_squares_qr(A, b):
    m, n = len(A), len(A[0])
    R = [list(map(float, r)) for r in A]
    q = list(map(float, b))
    scale = max(math.sqrt(sum(R[i][j] ** 2 for i in range(m))) for j in range(n))
    for k in range(n):
        nrm = math.sqrt(sum(R[i][k] ** 2 for i in range(k, m)))
        if nrm <= 1e-9 * scale:
            return []
        a = -nrm if R[k][k] >= 0 else nrm
        u = [R[i][k] for i in range(k, m)]
        u[0] -= a
        uu = sum(v * v for v in u)
        for j in range(k, n):
            s = 2 * sum(u[i - k] * R[i][j] for i in range(k, m)) / uu
            for i in range(k, m):
                R[i][j] -= s * u[i - k]
        s = 2 * sum(u[i - k] * q[i] for i in range(k, m)) / uu
        for i in range(k, m):
            q[i] -= s * u[i - k]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        x[i] = (q[i] - sum(R[i][j] * x[j] for j in range(i + 1, n))) / R[i][i]
    return [x, sum(v * v for v in q[n:])]
