# Interpolates: trapezoidal area under the precision-recall curve instead of the step sum.
def average_precision(y_true, scores):
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    positives = sum(y_true)
    tp = fp = 0
    prev_r, prev_p = 0.0, 1.0
    area = 0.0
    i = 0
    while i < len(order):
        j = i
        while j < len(order) and scores[order[j]] == scores[order[i]]:
            tp += y_true[order[j]]
            fp += 1 - y_true[order[j]]
            j += 1
        r, p = tp / positives, tp / (tp + fp)
        area += (r - prev_r) * (p + prev_p) / 2
        prev_r, prev_p = r, p
        i = j
    return area
