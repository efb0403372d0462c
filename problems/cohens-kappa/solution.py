from collections import Counter


def cohen_kappa(y_true: list, y_pred: list) -> float:
    n = len(y_true)
    observed = sum(1 for a, b in zip(y_true, y_pred) if a == b) / n
    count_true = Counter(y_true)
    count_pred = Counter(y_pred)
    expected = sum(count_true[label] * count_pred[label] for label in count_true) / (n * n)
    return (observed - expected) / (1 - expected)
