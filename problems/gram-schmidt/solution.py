def gram_schmidt(vectors: list) -> list:
    basis = []
    for v in vectors:
        w = [float(x) for x in v]
        # Modified Gram-Schmidt: remove each projection from the running residual, one at a time.
        for q in basis:
            dot = sum(a * b for a, b in zip(q, w))
            w = [b - dot * a for a, b in zip(q, w)]
        norm = math.sqrt(sum(x * x for x in w))
        if norm > 1e-10:  # otherwise v depends on the vectors before it: skip it
            basis.append([x / norm for x in w])
    return basis
