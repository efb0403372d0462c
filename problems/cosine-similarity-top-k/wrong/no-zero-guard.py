# Divides by the norms without a guard: ZeroDivisionError on an all-zero row or query.
def cosine_top_k(matrix: list, query: list, k: int) -> list:
    q_norm = math.sqrt(sum(x * x for x in query))
    sims = [sum(a * b for a, b in zip(row, query)) / (math.sqrt(sum(x * x for x in row)) * q_norm) for row in matrix]
    return sorted(range(len(matrix)), key=lambda i: (-sims[i], i))[:k]
