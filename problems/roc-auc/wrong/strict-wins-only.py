# Counts only strict wins (positive score > negative score); ties count 0 instead of half.
def roc_auc(y_true: list, scores: list) -> float:
    pairs = sorted(zip(scores, y_true))
    n_pos = sum(y for _, y in pairs)
    n_neg = len(pairs) - n_pos
    if n_pos == 0 or n_neg == 0:
        return -1.0
    wins = 0
    negs_strictly_below = 0
    i = 0
    while i < len(pairs):
        j = i
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            j += 1
        block = pairs[i:j]
        wins += sum(y for _, y in block) * negs_strictly_below
        negs_strictly_below += sum(1 - y for _, y in block)
        i = j
    return wins / (n_pos * n_neg)
