# Updates every coordinate from the values at the start of the sweep (Jacobi) instead of using each new value at once.
def coordinate_descent_quadratic(A, b, x0, sweeps):
    d = len(b)
    x = list(map(float, x0))
    hist = []
    for _ in range(sweeps):
        old = x[:]
        x = [(b[j] - sum(A[j][k] * old[k] for k in range(d) if k != j)) / A[j][j] for j in range(d)]
        hist.append(0.5 * sum(x[i] * A[i][j] * x[j] for i in range(d) for j in range(d)) - sum(b[i] * x[i] for i in range(d)))
    return [x, hist]
