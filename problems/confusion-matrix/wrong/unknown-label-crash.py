# Assumes every label is in labels: a sample outside the list raises KeyError instead of being skipped.
def confusion_matrix(y_true: list, y_pred: list, labels: list) -> list:
    position = {label: i for i, label in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for t, p in zip(y_true, y_pred):
        matrix[position[t]][position[p]] += 1
    return matrix
