def coordinate_descent_quadratic(A: list, b: list, x0: list, sweeps: int) -> list:
    d = len(b)
    x = [float(v) for v in x0]

    def f(x):
        return 0.5 * sum(x[i] * A[i][j] * x[j] for i in range(d) for j in range(d)) - sum(bi * xi for bi, xi in zip(b, x))

    history = []
    for _ in range(sweeps):
        for j in range(d):
            # ∂f/∂x_j = Σ_k A[j][k] x_k − b_j = 0, solved for x_j with every other coordinate at its newest value.
            rest = sum(A[j][k] * x[k] for k in range(d) if k != j)
            x[j] = (b[j] - rest) / A[j][j]
        history.append(f(x))
    return [x, history]
