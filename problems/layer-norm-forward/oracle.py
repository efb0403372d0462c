# Independent oracle: numpy, the whole batch at once - row means and np.var (ddof=0) along the last axis
# with keepdims, broadcast against gamma and beta.
import numpy as np


def oracle(x, gamma, beta, eps):
    X = np.asarray(x, dtype=float)
    mu = X.mean(axis=-1, keepdims=True)
    var = X.var(axis=-1, keepdims=True)
    return (np.asarray(gamma) * (X - mu) / np.sqrt(var + eps) + np.asarray(beta)).tolist()
