# Returns 0.5 (a "random classifier") when only one class is present, instead of the stated -1.0.
def roc_auc(y_true: list, scores: list) -> float:
    n_pos = sum(1 for y in y_true if y == 1)
    n_neg = len(y_true) - n_pos
    if n_pos == 0 or n_neg == 0:
        return 0.5
    order = sorted(range(len(scores)), key=scores.__getitem__)
    rank_sum = 0.0
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        rank_sum += ((i + j) / 2 + 1) * sum(1 for t in order[i:j + 1] if y_true[t] == 1)
        i = j + 1
    return (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)
