def average_precision(y_true: list, scores: list) -> float:
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    positives = sum(y_true)
    tp = fp = 0
    prev_recall = 0.0
    ap = 0.0
    i = 0
    while i < len(order):
        j = i
        while j < len(order) and scores[order[j]] == scores[order[i]]:
            if y_true[order[j]] == 1:
                tp += 1
            else:
                fp += 1
            j += 1
        recall = tp / positives
        ap += (recall - prev_recall) * tp / (tp + fp)
        prev_recall = recall
        i = j
    return ap
