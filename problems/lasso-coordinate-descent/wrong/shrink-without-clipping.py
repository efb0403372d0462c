# Shrinks rho towards 0 by n·alpha but never clips at 0, so a small correlation flips sign instead of giving an exact zero weight.
def lasso_coordinate_descent(X, y, alpha, sweeps):
    n, d = len(X), len(X[0])
    mx = [sum(r[j] for r in X) / n for j in range(d)]
    my = sum(y) / n
    Xc = [[r[j] - mx[j] for j in range(d)] for r in X]
    yc = [t - my for t in y]
    w = [0.0] * d
    for _ in range(sweeps):
        for j in range(d):
            zj = sum(r[j] ** 2 for r in Xc)
            if zj == 0:
                continue
            rho = sum(Xc[i][j] * (yc[i] - sum(Xc[i][k] * w[k] for k in range(d) if k != j)) for i in range(n))
            w[j] = (rho - n * alpha * (1 if rho >= 0 else -1)) / zj
    return [w, my - sum(a * b for a, b in zip(w, mx))]
