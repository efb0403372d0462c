# Classical Gram–Schmidt: projects each column against the original column instead of the running remainder, so Q loses orthogonality on nearly dependent columns.
def least_squares_qr(A, b):
    m, n = len(A), len(A[0])
    cols = [[float(A[i][j]) for i in range(m)] for j in range(n)]
    scale = max(math.sqrt(sum(v * v for v in c)) for c in cols)
    Q, R = [], [[0.0] * n for _ in range(n)]
    for j in range(n):
        v = cols[j][:]
        for i in range(j):
            R[i][j] = sum(q * a for q, a in zip(Q[i], cols[j]))
        for i in range(j):
            v = [vv - R[i][j] * q for vv, q in zip(v, Q[i])]
        R[j][j] = math.sqrt(sum(t * t for t in v))
        if R[j][j] <= 1e-9 * scale:
            return []
        Q.append([t / R[j][j] for t in v])
    qtb = [sum(q * bb for q, bb in zip(Q[i], b)) for i in range(n)]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        x[i] = (qtb[i] - sum(R[i][k] * x[k] for k in range(i + 1, n))) / R[i][i]
    r = [sum(A[i][k] * x[k] for k in range(n)) - b[i] for i in range(m)]
    return [x, math.sqrt(sum(v * v for v in r))]
