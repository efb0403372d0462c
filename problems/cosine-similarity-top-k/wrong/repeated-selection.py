# Correct order, but picks the best remaining row k times with a full scan each time: O(n · k), times out for large k.
def cosine_top_k(matrix: list, query: list, k: int) -> list:
    q_norm = math.sqrt(sum(x * x for x in query))
    sims = []
    for row in matrix:
        r_norm = math.sqrt(sum(x * x for x in row))
        sims.append(sum(a * b for a, b in zip(row, query)) / (r_norm * q_norm) if r_norm and q_norm else 0.0)
    taken = [False] * len(matrix)
    result = []
    for _ in range(min(k, len(matrix))):
        best = -1
        for i in range(len(matrix)):
            if not taken[i] and (best < 0 or sims[i] > sims[best]):
                best = i
        taken[best] = True
        result.append(best)
    return result
