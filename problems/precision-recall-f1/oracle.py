# Independent oracle: scikit-learn's precision_recall_fscore_support on the four cells of the
# confusion matrix [[tn, fp], [fn, tp]] given as weighted samples, with zero_division=0.
from sklearn.metrics import precision_recall_fscore_support


def oracle(matrix):
    (tn, fp), (fn, tp) = matrix
    if tn + fp + fn + tp == 0:
        return [0.0, 0.0, 0.0]
    p, r, f, _ = precision_recall_fscore_support(
        [0, 0, 1, 1], [0, 1, 0, 1], sample_weight=[tn, fp, fn, tp],
        average="binary", pos_label=1, zero_division=0,
    )
    return [float(p), float(r), float(f)]
