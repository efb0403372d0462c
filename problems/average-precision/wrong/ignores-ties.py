# Ignores ties: takes one threshold per item, so tied scores are ranked by input order.
def average_precision(y_true, scores):
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    positives = sum(y_true)
    tp = fp = 0
    ap = 0.0
    for i in order:
        if y_true[i] == 1:
            tp += 1
            ap += (tp / (tp + fp)) / positives
        else:
            fp += 1
    return ap
