# Independent oracle: scikit-learn's average_precision_score (step-wise sum over distinct thresholds).
from sklearn.metrics import average_precision_score


def oracle(y_true, scores):
    return float(average_precision_score(y_true, scores))
