# Always diagonalises AᵀA (n × n): a wide matrix gets n values, padded with zeros, instead of min(m, n).
def singular_values(A):
    m, n = len(A), len(A[0])
    # Gram matrix of the smaller side: AᵀA (n × n) or AAᵀ (m × m). Its eigenvalues are the σ².
    if True:
        G = [[sum(A[k][i] * A[k][j] for k in range(m)) for j in range(n)] for i in range(n)]
    else:
        G = [[sum(A[i][k] * A[j][k] for k in range(n)) for j in range(m)] for i in range(m)]
    d = len(G)
    G = [[float(x) for x in row] for row in G]
    # Cyclic Jacobi: rotate away each off-diagonal entry until the matrix is diagonal.
    for _ in range(100):
        off = sum(G[i][j] ** 2 for i in range(d) for j in range(d) if i != j)
        if off <= 1e-30 * max(1.0, sum(G[i][i] ** 2 for i in range(d))):
            break
        for p in range(d - 1):
            for q in range(p + 1, d):
                if G[p][q] == 0.0:
                    continue
                theta = (G[q][q] - G[p][p]) / (2.0 * G[p][q])
                t = (1.0 if theta >= 0 else -1.0) / (abs(theta) + math.sqrt(theta * theta + 1.0))
                c = 1.0 / math.sqrt(t * t + 1.0)
                s = t * c
                for k in range(d):  # G ← G J (columns p and q)
                    gkp, gkq = G[k][p], G[k][q]
                    G[k][p] = c * gkp - s * gkq
                    G[k][q] = s * gkp + c * gkq
                for k in range(d):  # G ← Jᵀ G (rows p and q)
                    gpk, gqk = G[p][k], G[q][k]
                    G[p][k] = c * gpk - s * gqk
                    G[q][k] = s * gpk + c * gqk
    return sorted((math.sqrt(max(G[i][i], 0.0)) for i in range(d)), reverse=True)
