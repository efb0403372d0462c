# Updates after every row (stochastic sub-gradient) instead of one full-batch step per iteration.
def linear_svm_subgradient(X, y, lam, eta0, iterations):
    n, d = len(X), len(X[0])
    w, b = [0.0] * d, 0.0
    for t in range(1, iterations + 1):
        eta = eta0 / math.sqrt(t)
        for x, yi in zip(X, y):
            gw = [lam * v for v in w]
            gb = 0.0
            if yi * (sum(a * c for a, c in zip(w, x)) + b) < 1:
                gw = [g - yi * c for g, c in zip(gw, x)]
                gb = -yi
            w = [a - eta * g for a, g in zip(w, gw)]
            b -= eta * gb
    return [w, b]
