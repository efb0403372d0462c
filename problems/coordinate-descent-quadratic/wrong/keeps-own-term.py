# Sums A[j][k]·x_k over every k, the diagonal included, so x_j's own old value leaks into its update.
def coordinate_descent_quadratic(A, b, x0, sweeps):
    d = len(b)
    x = list(map(float, x0))
    hist = []
    for _ in range(sweeps):
        for j in range(d):
            x[j] = (b[j] - sum(A[j][k] * x[k] for k in range(d))) / A[j][j]
        hist.append(0.5 * sum(x[i] * A[i][j] * x[j] for i in range(d) for j in range(d)) - sum(b[i] * x[i] for i in range(d)))
    return [x, hist]
