# Assumes precision only falls as the threshold is lowered: walks down from the top score and stops at the first threshold below the target, missing a lower threshold that reaches it again.
def threshold_for_precision(y_true, scores, target):
    positives = sum(y_true)
    pairs = sorted(zip(scores, y_true), reverse=True)
    best = []
    tp = fp = 0
    i, n = 0, len(pairs)
    while i < n:
        t = pairs[i][0]
        while i < n and pairs[i][0] == t:
            tp += pairs[i][1]
            fp += 1 - pairs[i][1]
            i += 1
        precision = tp / (tp + fp)
        if precision < target - 1e-12:
            if best:
                break
            continue
        best = [t, precision, tp / positives]
    return best
