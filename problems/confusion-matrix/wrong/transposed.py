# Rows indexed by the predicted label and columns by the true label: the transpose of the convention.
def confusion_matrix(y_true: list, y_pred: list, labels: list) -> list:
    position = {label: i for i, label in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for t, p in zip(y_true, y_pred):
        if t in position and p in position:
            matrix[position[p]][position[t]] += 1
    return matrix
