# Drops a vector only when its residual is exactly 0.0, so a dependent vector's rounding noise is normalised into a bogus basis vector.
def gram_schmidt(vectors):
    basis = []
    for v in vectors:
        w = [float(x) for x in v]
        for q in basis:
            dot = sum(a * b for a, b in zip(q, w))
            w = [b - dot * a for a, b in zip(q, w)]
        norm = math.sqrt(sum(x * x for x in w))
        if norm != 0.0:
            basis.append([x / norm for x in w])
    return basis
