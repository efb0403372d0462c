# Evaluates precision after every row instead of after every block of equal scores, so a threshold is judged on only part of the rows that tie at it.
def threshold_for_precision(y_true, scores, target):
    positives = sum(y_true)
    pairs = sorted(zip(scores, y_true), reverse=True)
    best = []
    tp = fp = 0
    for s, y in pairs:
        tp += y
        fp += 1 - y
        precision = tp / (tp + fp)
        if precision >= target - 1e-12:
            best = [s, precision, tp / positives]
    return best
