def cosine_top_k(matrix: list, query: list, k: int) -> list:
    q_norm = math.sqrt(sum(x * x for x in query))
    sims = []
    for row in matrix:
        r_norm = math.sqrt(sum(x * x for x in row))
        if q_norm == 0 or r_norm == 0:
            sims.append(0.0)  # a zero vector has similarity 0 with everything
        else:
            sims.append(sum(a * b for a, b in zip(row, query)) / (r_norm * q_norm))
    # Descending similarity; ties go to the smaller index.
    order = sorted(range(len(matrix)), key=lambda i: (-sims[i], i))
    return order[:max(k, 0)]
