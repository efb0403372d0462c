# Divides without guarding empty denominators: ZeroDivisionError when nothing is predicted positive.
def precision_recall_f1(cm: list) -> list:
    (tn, fp), (fn, tp) = cm
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    return [precision, recall, f1]
