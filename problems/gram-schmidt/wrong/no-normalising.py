# Orthogonalises but never normalises: returns orthogonal vectors, not unit vectors (and the projections assume unit vectors).
def gram_schmidt(vectors):
    basis = []
    for v in vectors:
        w = [float(x) for x in v]
        for q in basis:
            dot = sum(a * b for a, b in zip(q, w)) / sum(a * a for a in q)
            w = [b - dot * a for a, b in zip(q, w)]
        if math.sqrt(sum(x * x for x in w)) > 1e-10:
            basis.append(w)
    return basis
