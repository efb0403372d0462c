# Correct counts, but scans all samples once per cell: O(m^2 * n), times out with many labels.
def confusion_matrix(y_true: list, y_pred: list, labels: list) -> list:
    pairs = list(zip(y_true, y_pred))
    return [[sum(1 for t, p in pairs if t == a and p == b) for b in labels] for a in labels]
