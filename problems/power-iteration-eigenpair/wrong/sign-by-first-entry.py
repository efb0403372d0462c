# Fixes the eigenvector's sign by making its first entry positive instead of its largest-magnitude entry.
def dominant_eigenpair(A, v0, max_iter, tol):
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
    lam = sum(a * b for a, b in zip(v, mv(v)))
    return [lam, [-t for t in v] if v[0] < 0 else v]
