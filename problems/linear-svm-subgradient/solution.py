def linear_svm_subgradient(X: list, y: list, lam: float, eta0: float, iterations: int) -> list:
    n, d = len(X), len(X[0])
    w = [0.0] * d
    b = 0.0
    for t in range(1, iterations + 1):
        gw = [lam * wj for wj in w]  # gradient of (lam/2)·‖w‖²; the bias is not penalised
        gb = 0.0
        for x, yi in zip(X, y):
            margin = yi * (sum(wj * xj for wj, xj in zip(w, x)) + b)
            if margin < 1:  # hinge active; at exactly 1 the sub-gradient taken is 0
                for j in range(d):
                    gw[j] -= yi * x[j] / n
                gb -= yi / n
        step = eta0 / math.sqrt(t)
        w = [wj - step * g for wj, g in zip(w, gw)]  # every margin above used the old w and b
        b -= step * gb
    return [w, b]
