# Builds the ideal ranking by re-sorting only the top k retrieved items, so relevant items ranked below k never lower the score.
def precision_at_k_and_ndcg(relevance: list, k: int) -> list:
    top = relevance[:k]
    precision = sum(1 for g in top if g > 0) / k
    dcg = sum(g / math.log2(i + 2) for i, g in enumerate(top))
    ideal = sum(g / math.log2(i + 2) for i, g in enumerate(sorted(top, reverse=True)))
    return [precision, dcg / ideal if ideal > 0 else 0.0]
