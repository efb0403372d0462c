# Decays the step as eta0 / t instead of eta0 / sqrt(t).
def linear_svm_subgradient(X, y, lam, eta0, iterations):
    n, d = len(X), len(X[0])
    w, b = [0.0] * d, 0.0
    for t in range(1, iterations + 1):
        gw = [lam * v for v in w]
        gb = 0.0
        for x, yi in zip(X, y):
            if yi * (sum(a * c for a, c in zip(w, x)) + b) < 1:
                gw = [g - yi * c / n for g, c in zip(gw, x)]
                gb -= yi / n
        eta = eta0 / t
        w = [a - eta * g for a, g in zip(w, gw)]
        b -= eta * gb
    return [w, b]
