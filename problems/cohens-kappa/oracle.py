# Independent oracle: scikit-learn's cohen_kappa_score (unweighted).
from sklearn.metrics import cohen_kappa_score


def oracle(y_true, y_pred):
    return float(cohen_kappa_score(y_true, y_pred))
