def roc_auc(y_true: list, scores: list) -> float:
    n_pos = sum(1 for y in y_true if y == 1)
    n_neg = len(y_true) - n_pos
    if n_pos == 0 or n_neg == 0:
        return -1.0
    # Sweep the scores in ascending order, one block of tied scores at a time. A positive beats every
    # negative strictly below its block and ties with the negatives inside it (worth half each).
    pairs = sorted(zip(scores, y_true))
    wins = 0.0
    neg_below = 0
    i = 0
    while i < len(pairs):
        j = i
        pos_here = neg_here = 0
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            if pairs[j][1] == 1:
                pos_here += 1
            else:
                neg_here += 1
            j += 1
        wins += pos_here * (neg_below + neg_here / 2)
        neg_below += neg_here
        i = j
    return wins / (n_pos * n_neg)
