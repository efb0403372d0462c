def precision_at_k_and_ndcg(relevance: list, k: int) -> list:
    top = relevance[:k]
    precision = sum(1 for g in top if g > 0) / k

    def dcg(grades):
        return sum(g / math.log2(i + 2) for i, g in enumerate(grades))

    ideal = dcg(sorted(relevance, reverse=True)[:k])  # best possible order of ALL items
    ndcg = dcg(top) / ideal if ideal > 0 else 0.0
    return [precision, ndcg]
