# Independent oracle: scikit-learn's confusion_matrix with the given label order.
from sklearn.metrics import confusion_matrix as sk_confusion_matrix


def oracle(y_true, y_pred, labels):
    if not y_true:
        return [[0] * len(labels) for _ in labels]
    return sk_confusion_matrix(y_true, y_pred, labels=labels).tolist()
