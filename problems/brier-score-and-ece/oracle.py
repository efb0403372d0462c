# Independent oracle: scikit-learn's brier_score_loss, and ECE from numpy bin assignment (np.floor, np.bincount).
import numpy as np
from sklearn.metrics import brier_score_loss


def oracle(y_true, probs, n_bins):
    y = np.asarray(y_true, dtype=float)
    p = np.asarray(probs, dtype=float)
    brier = float(np.mean((p - y) ** 2)) if y.min() == y.max() else float(brier_score_loss(y, p))
    b = np.minimum(np.floor(p * n_bins).astype(int), n_bins - 1)
    gap = np.abs(np.bincount(b, weights=p, minlength=n_bins) - np.bincount(b, weights=y, minlength=n_bins))
    return [brier, float(gap.sum() / len(y))]
