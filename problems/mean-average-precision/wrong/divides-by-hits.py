# Divides by the number of relevant documents retrieved instead of all relevant documents, so missing ones cost nothing.
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
        total += s / hits if hits else 0.0
    return total / len(rankings)
