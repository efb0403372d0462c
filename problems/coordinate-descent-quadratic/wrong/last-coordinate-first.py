# Sweeps the coordinates from the last to the first instead of 0, 1, …, d − 1.
def coordinate_descent_quadratic(A, b, x0, sweeps):
    d = len(b)
    x = list(map(float, x0))
    hist = []
    for _ in range(sweeps):
        for j in reversed(range(d)):
            x[j] = (b[j] - sum(A[j][k] * x[k] for k in range(d) if k != j)) / A[j][j]
        hist.append(0.5 * sum(x[i] * A[i][j] * x[j] for i in range(d) for j in range(d)) - sum(b[i] * x[i] for i in range(d)))
    return [x, hist]
