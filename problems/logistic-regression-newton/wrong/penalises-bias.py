# Adds lam to the whole diagonal of the Hessian and lam·b to the bias gradient: the intercept is shrunk as well.
def logistic_regression_newton(X, y, lam, iterations):
    d = len(X[0]); m = d + 1
    Z = [list(map(float, r)) + [1.0] for r in X]
    th = [0.0] * m
    for _ in range(iterations):
        g = [lam * v for v in th]
        H = [[lam if a == c else 0.0 for c in range(m)] for a in range(m)]
        for z, t in zip(Z, y):
            s = sum(a * b for a, b in zip(th, z))
            p = 1 / (1 + math.exp(-s)) if s >= 0 else math.exp(s) / (1 + math.exp(s))
            for a in range(m):
                g[a] += (p - t) * z[a]
                for c in range(m):
                    H[a][c] += p * (1 - p) * z[a] * z[c]
        M = [H[a][:] + [g[a]] for a in range(m)]
        for c in range(m):
            piv = max(range(c, m), key=lambda r: abs(M[r][c])); M[c], M[piv] = M[piv], M[c]
            for r in range(c + 1, m):
                f = M[r][c] / M[c][c]
                for k in range(c, m + 1):
                    M[r][k] -= f * M[c][k]
        step = [0.0] * m
        for i in range(m - 1, -1, -1):
            step[i] = (M[i][m] - sum(M[i][j] * step[j] for j in range(i + 1, m))) / M[i][i]
        th = [a - b for a, b in zip(th, step)]
    return [th[:d], th[d]]
