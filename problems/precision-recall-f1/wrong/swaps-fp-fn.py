# Reads the matrix as [[tn, fn], [fp, tp]], so false positives and false negatives (and precision and recall) are swapped.
def precision_recall_f1(cm: list) -> list:
    (tn, fn), (fp, tp) = cm
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return [precision, recall, f1]
