# Sorts ascending by (similarity, index) and reverses, so tied rows come out with the LARGER index first.
def cosine_top_k(matrix: list, query: list, k: int) -> list:
    q_norm = math.sqrt(sum(x * x for x in query))
    scored = []
    for i, row in enumerate(matrix):
        r_norm = math.sqrt(sum(x * x for x in row))
        sim = sum(a * b for a, b in zip(row, query)) / (r_norm * q_norm) if r_norm and q_norm else 0.0
        scored.append((sim, i))
    scored.sort()
    scored.reverse()
    return [i for _, i in scored[:k]]
