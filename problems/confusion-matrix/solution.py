def confusion_matrix(y_true: list, y_pred: list, labels: list) -> list:
    position = {label: i for i, label in enumerate(labels)}
    m = len(labels)
    matrix = [[0] * m for _ in range(m)]
    for t, p in zip(y_true, y_pred):
        i = position.get(t)
        j = position.get(p)
        if i is not None and j is not None:
            matrix[i][j] += 1
    return matrix
