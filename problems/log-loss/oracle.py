# Independent oracle: scikit-learn 1.2's log_loss with eps=1e-15 passed explicitly (1.2's default
# is "auto", machine epsilon), labels=[0, 1] so one-class inputs work; the probabilities are also
# clipped here first, as the statement says.
import numpy as np
from sklearn.metrics import log_loss as sk_log_loss

EPS = 1e-15


def oracle(y_true, y_prob):
    p = np.clip(np.asarray(y_prob, dtype=float), EPS, 1 - EPS)
    return float(sk_log_loss(y_true, p, eps=EPS, labels=[0, 1]))
