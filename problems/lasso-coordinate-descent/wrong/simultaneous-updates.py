# Updates every coordinate from the residual at the start of the sweep (Jacobi style) instead of using each new w_j immediately.
def lasso_coordinate_descent(X, y, alpha, sweeps):
    n, d = len(X), len(X[0])
    mx = [sum(r[j] for r in X) / n for j in range(d)]
    my = sum(y) / n
    Xc = [[r[j] - mx[j] for j in range(d)] for r in X]
    yc = [t - my for t in y]
    w = [0.0] * d
    for _ in range(sweeps):
        old = w[:]
        for j in range(d):
            zj = sum(r[j] ** 2 for r in Xc)
            if zj == 0:
                continue
            rho = sum(Xc[i][j] * (yc[i] - sum(Xc[i][k] * old[k] for k in range(d) if k != j)) for i in range(n))
            t = n * alpha
            w[j] = (rho - t if rho > t else rho + t if rho < -t else 0.0) / zj
    return [w, my - sum(a * b for a, b in zip(w, mx))]
