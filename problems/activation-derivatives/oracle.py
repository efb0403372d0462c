# Independent oracle: numpy / scipy, vectorised. Sigmoid is scipy.special.expit; GELU's
# 0.5 * (1 + tanh(u)) is rewritten as expit(2u), so its derivative comes out as
# expit(2u) + x * 2 * expit(2u) * (1 - expit(2u)) * u'(x) rather than through tanh and sech^2.
import numpy as np
from scipy.special import expit


def oracle(name, x, alpha):
    x = np.asarray(x, dtype=float)
    if name == "sigmoid":
        s = expit(x)
        y, d = s, s * (1 - s)
    elif name == "tanh":
        y = np.tanh(x)
        d = 1 - y ** 2
    elif name == "relu":
        y = np.maximum(x, 0.0)
        d = (x > 0).astype(float)
    elif name == "leaky_relu":
        y = np.where(x > 0, x, alpha * x)
        d = np.where(x > 0, 1.0, alpha)
    elif name == "gelu":
        c = np.sqrt(2 / np.pi)
        u = c * (x + 0.044715 * x ** 3)
        du = c * (1 + 3 * 0.044715 * x ** 2)
        s = expit(2 * u)
        y = x * s
        d = s + x * 2 * s * (1 - s) * du
    else:
        raise ValueError(name)
    return [y.tolist(), d.tolist()]
