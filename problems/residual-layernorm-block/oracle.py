# Oracle: numpy, whole matrices at once - LayerNorm as (X - X.mean(1)) / np.sqrt(X.var(1) + eps) (np.var is the biased variance), the linear layer as X @ W + c, ReLU as np.maximum(0, .).
import numpy as np


def oracle(X, W, c, gamma, beta, eps, pre_norm):
    X, W, c, gamma, beta = (np.asarray(a, dtype=float) for a in (X, W, c, gamma, beta))
    W = W.reshape(X.shape[1], X.shape[1])

    def ln(A):
        mu = A.mean(axis=1, keepdims=True)
        return (A - mu) / np.sqrt(A.var(axis=1, keepdims=True) + eps) * gamma + beta

    def ffn(A):
        return np.maximum(0.0, A @ W + c)

    if pre_norm:
        return (X + ffn(ln(X))).tolist()
    return ln(X + ffn(X)).tolist()
