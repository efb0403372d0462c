# Independent oracle: the training-mode batch-norm forward pass as one vectorised numpy expression
# (np.var is the biased, ddof=0 variance).
import numpy as np


def oracle(x, gamma, beta, eps):
    X = np.asarray(x, dtype=float)
    mean = X.mean(axis=0)
    var = X.var(axis=0)
    return (np.asarray(gamma) * (X - mean) / np.sqrt(var + eps) + np.asarray(beta)).tolist()
