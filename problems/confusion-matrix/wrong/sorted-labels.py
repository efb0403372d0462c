# Ignores the given label order and sorts the labels, so rows and columns come out permuted.
def confusion_matrix(y_true: list, y_pred: list, labels: list) -> list:
    labels = sorted(labels)
    position = {label: i for i, label in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for t, p in zip(y_true, y_pred):
        if t in position and p in position:
            matrix[position[t]][position[p]] += 1
    return matrix
