# Independent oracle: scikit-learn's roc_auc_score (area under the ROC curve by the trapezoidal
# rule, so tied scores count half); -1.0 when fewer than two classes are present.
from sklearn.metrics import roc_auc_score


def oracle(y_true, scores):
    if len(set(y_true)) < 2:
        return -1.0
    return float(roc_auc_score(y_true, scores))
