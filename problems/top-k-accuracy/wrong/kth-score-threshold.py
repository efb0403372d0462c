# Counts a hit whenever the true class's score reaches the k-th largest score, so every class tied at the cut-off counts as inside the top k.
def top_k_accuracy(y_true, scores, k):
    hits = 0
    for label, row in zip(y_true, scores):
        cutoff = sorted(row, reverse=True)[min(k, len(row)) - 1]
        if row[label] >= cutoff:
            hits += 1
    return hits / len(y_true)
