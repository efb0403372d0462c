def dominant_eigenpair(A: list, v0: list, max_iter: int, tol: float) -> list:
    n = len(A)

    def matvec(x):
        return [sum(a * xi for a, xi in zip(row, x)) for row in A]

    def unit(x):
        norm = math.sqrt(sum(t * t for t in x))
        return [t / norm for t in x]

    v = unit(v0)
    for _ in range(max_iter):
        w = unit(matvec(v))
        # A negative eigenvalue flips the vector every step: align w with v before comparing.
        if sum(a * b for a, b in zip(w, v)) < 0:
            w = [-t for t in w]
        change = math.sqrt(sum((a - b) ** 2 for a, b in zip(w, v)))
        v = w
        if change < tol:
            break
    lam = sum(a * b for a, b in zip(v, matvec(v)))  # Rayleigh quotient (v is a unit vector)
    k = max(range(n), key=lambda i: abs(v[i]))  # first index of the largest magnitude
    if v[k] < 0:
        v = [-t for t in v]
    return [lam, v]
