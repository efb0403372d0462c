# Compares successive vectors without aligning their signs: with a negative dominant eigenvalue v flips every step, the change never drops below tol, and the loop burns the whole max_iter budget.
def dominant_eigenpair(A, v0, max_iter, tol):
    n = len(A)
    mv = lambda x: [sum(a * xi for a, xi in zip(row, x)) for row in A]
    norm = lambda x: math.sqrt(sum(t * t for t in x))
    v = [t / norm(v0) for t in v0]
    for _ in range(max_iter):
        w = mv(v)
        w = [t / norm(w) for t in w]
        change = norm([a - b for a, b in zip(w, v)])
        v = w
        if change < tol:
            break
    lam = sum(a * b for a, b in zip(v, mv(v)))
    k = max(range(n), key=lambda i: abs(v[i]))
    return [lam, [-t for t in v] if v[k] < 0 else v]
