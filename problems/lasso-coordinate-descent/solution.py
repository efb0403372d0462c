def soft_threshold(rho: float, t: float) -> float:
    if rho > t:
        return rho - t
    if rho < -t:
        return rho + t
    return 0.0


def lasso_coordinate_descent(X: list, y: list, alpha: float, sweeps: int) -> list:
    n, d = len(X), len(X[0])
    # Centre, so the intercept is unpenalised and drops out of the coordinate updates.
    x_mean = [sum(row[j] for row in X) / n for j in range(d)]
    y_mean = sum(y) / n
    cols = [[row[j] - x_mean[j] for row in X] for j in range(d)]  # column-major: updates read columns
    z = [sum(v * v for v in col) for col in cols]
    w = [0.0] * d
    r = [t - y_mean for t in y]  # residual yc − Xc·w, with w = 0
    for _ in range(sweeps):
        for j in range(d):
            if z[j] == 0.0:
                continue  # an exactly constant column keeps w_j = 0
            col = cols[j]
            # rho_j = x_jᵀ (r + x_j w_j): the correlation with the residual that ignores feature j.
            rho = sum(c * ri for c, ri in zip(col, r)) + z[j] * w[j]
            new = soft_threshold(rho, n * alpha) / z[j]
            delta = new - w[j]
            if delta:
                r = [ri - delta * c for ri, c in zip(r, col)]  # keep the residual current for the next j
            w[j] = new
    b = y_mean - sum(wj * mj for wj, mj in zip(w, x_mean))
    return [w, b]
