def threshold_for_precision(y_true, scores, target):
    positives = sum(y_true)
    pairs = sorted(zip(scores, y_true), reverse=True)   # highest score first
    best = []
    tp = fp = 0
    i, n = 0, len(pairs)
    while i < n:
        t = pairs[i][0]
        # Take the whole block of rows scoring exactly t: all of them cross the threshold together.
        while i < n and pairs[i][0] == t:
            if pairs[i][1] == 1:
                tp += 1
            else:
                fp += 1
            i += 1
        precision = tp / (tp + fp)
        if precision >= target - 1e-12:
            best = [t, precision, tp / positives]   # lower thresholds come later and overwrite
    return best
