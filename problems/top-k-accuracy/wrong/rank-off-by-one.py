# Off by one: treats "at most k classes ranked above the true one" as a hit, so it computes top-(k+1) accuracy.
def top_k_accuracy(y_true, scores, k):
    hits = 0
    for label, row in zip(y_true, scores):
        mine = row[label]
        above = sum(1 for c, s in enumerate(row) if s > mine or (s == mine and c > label))
        if above <= k:
            hits += 1
    return hits / len(y_true)
