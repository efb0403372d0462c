# Sorts by score and ranks by position without grouping ties, so tied scores count 0 or 1 depending on input order instead of half.
def roc_auc(y_true: list, scores: list) -> float:
    n_pos = sum(1 for y in y_true if y == 1)
    n_neg = len(y_true) - n_pos
    if n_pos == 0 or n_neg == 0:
        return -1.0
    order = sorted(range(len(scores)), key=scores.__getitem__)
    rank_sum = sum(r + 1 for r, i in enumerate(order) if y_true[i] == 1)
    return (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)
