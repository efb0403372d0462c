# Classical Gram-Schmidt: projects the ORIGINAL vector on each basis vector, which loses orthogonality on nearly parallel inputs.
def gram_schmidt(vectors):
    basis = []
    for v in vectors:
        v = [float(x) for x in v]
        w = v[:]
        for q in basis:
            dot = sum(a * b for a, b in zip(q, v))
            w = [b - dot * a for a, b in zip(q, w)]
        norm = math.sqrt(sum(x * x for x in w))
        if norm > 1e-10:
            basis.append([x / norm for x in w])
    return basis
