# Divides precision by the number of items actually returned, min(k, n), instead of by k.
def precision_at_k_and_ndcg(relevance: list, k: int) -> list:
    top = relevance[:k]
    precision = sum(1 for g in top if g > 0) / len(top) if top else 0.0

    def dcg(grades):
        return sum(g / math.log2(i + 2) for i, g in enumerate(grades))

    ideal = dcg(sorted(relevance, reverse=True)[:k])
    return [precision, dcg(top) / ideal if ideal > 0 else 0.0]
