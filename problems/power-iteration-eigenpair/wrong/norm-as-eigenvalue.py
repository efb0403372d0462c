# Reports the eigenvalue as the growth factor ||A v|| instead of the Rayleigh quotient v^T A v, losing the sign of a negative eigenvalue.
def dominant_eigenpair(A, v0, max_iter, tol):
    n = len(A)
    mv = lambda x: [sum(a * xi for a, xi in zip(row, x)) for row in A]
    norm = lambda x: math.sqrt(sum(t * t for t in x))
    v = [t / norm(v0) for t in v0]
    for _ in range(max_iter):
        w = mv(v)
        w = [t / norm(w) for t in w]
        if sum(a * b for a, b in zip(w, v)) < 0:
            w = [-t for t in w]
        change = norm([a - b for a, b in zip(w, v)])
        v = w
        if change < tol:
            break
    lam = norm(mv(v))
    k = max(range(n), key=lambda i: abs(v[i]))
    return [lam, [-t for t in v] if v[k] < 0 else v]
