# Multiplies by A max_iter times and normalises only at the end: entries grow like lambda^k and overflow to inf, then nan.
def dominant_eigenpair(A, v0, max_iter, tol):
    n = len(A)
    mv = lambda x: [sum(a * xi for a, xi in zip(row, x)) for row in A]
    norm = lambda x: math.sqrt(sum(t * t for t in x))
    v = list(v0)
    for _ in range(max_iter):
        w = mv(v)
        if norm([a / norm(w) - b / norm(v) for a, b in zip(w, v)]) < tol:
            v = w
            break
        v = w
    v = [t / norm(v) for t in v]
    lam = sum(a * b for a, b in zip(v, mv(v)))
    k = max(range(n), key=lambda i: abs(v[i]))
    return [lam, [-t for t in v] if v[k] < 0 else v]
