# Leaves queries with no relevant documents out of the mean instead of counting them as 0.
def mean_average_precision(rankings: list, relevant: list) -> float:
    if not rankings:
        return 0.0
    total = 0.0
    for ranked, rel in zip(rankings, relevant):
        rel = set(rel)
        if not rel:
            continue  # AP is 0 but the query still counts in the mean
        hits = 0
        s = 0.0
        for pos, doc in enumerate(ranked, 1):
            if doc in rel:
                hits += 1
                s += hits / pos  # precision at this hit
        total += s / len(rel)  # relevant documents never retrieved count as misses
    m = sum(1 for rel in relevant if rel)
    return total / m if m else 0.0
