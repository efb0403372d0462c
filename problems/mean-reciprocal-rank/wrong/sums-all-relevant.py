# Adds 1/rank for every relevant document in the top k, not just the first one.
def mean_reciprocal_rank(rankings: list, relevant: list, k: int) -> float:
    if not rankings:
        return 0.0
    total = 0.0
    for ranked, rel in zip(rankings, relevant):
        rel = set(rel)
        for pos, doc in enumerate(ranked[:k], 1):
            if doc in rel:
                total += 1.0 / pos  # only the first relevant hit counts
    return total / len(rankings)  # queries without a hit count as 0
