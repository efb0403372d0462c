# Oracle: scikit-learn's precision_recall_curve (its thresholds are the distinct scores, ascending, each predicting positive for score >= threshold); the first one whose precision reaches target - 1e-12 is the answer.
import numpy as np
from sklearn.metrics import precision_recall_curve


def oracle(y_true, scores, target):
    y = np.asarray(y_true)
    if y.sum() == 0:
        return []  # no positives: every precision is 0
    precision, recall, thresholds = precision_recall_curve(y, np.asarray(scores, dtype=float))
    ok = np.nonzero(precision[:-1] >= target - 1e-12)[0]  # the last point (precision 1, recall 0) has no threshold
    if len(ok) == 0:
        return []
    i = ok[0]
    return [float(thresholds[i]), float(precision[i]), float(recall[i])]
