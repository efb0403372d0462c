# Predicts positive only for scores strictly above the threshold (score > t), so each threshold's counts belong to the next higher one.
def threshold_for_precision(y_true, scores, target):
    positives = sum(y_true)
    if positives == 0:
        return []
    best = []
    for t in sorted(set(scores), reverse=True):
        tp = sum(1 for s, y in zip(scores, y_true) if s > t and y == 1)
        fp = sum(1 for s, y in zip(scores, y_true) if s > t and y == 0)
        if tp + fp == 0:
            continue
        precision = tp / (tp + fp)
        if precision >= target - 1e-12:
            best = [t, precision, tp / positives]
    return best
