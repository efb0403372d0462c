# Computes F1 as the arithmetic mean (p + r) / 2 instead of the harmonic mean.
def precision_recall_f1(cm: list) -> list:
    (tn, fp), (fn, tp) = cm
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return [precision, recall, (precision + recall) / 2]
