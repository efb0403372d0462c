# Correct values, but builds the ideal ranking by taking and removing the maximum k times: O(n · k), times out.
def precision_at_k_and_ndcg(relevance: list, k: int) -> list:
    top = relevance[:k]
    precision = sum(1 for g in top if g > 0) / k
    dcg = sum(g / math.log2(i + 2) for i, g in enumerate(top))
    rest = list(relevance)
    ideal = 0.0
    for i in range(min(k, len(rest))):
        best = max(rest)
        rest.remove(best)
        ideal += best / math.log2(i + 2)
    return [precision, dcg / ideal if ideal > 0 else 0.0]
