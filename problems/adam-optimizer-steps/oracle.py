# Independent oracle: numpy, all coordinates as one array per step; the bias corrections are folded
# into a step size lr_t = lr * sqrt(1 - beta2^t) / (1 - beta1^t) with eps rescaled to match
# (eps_t = eps * sqrt(1 - beta2^t)), the algebraically equal form from the Adam paper's section 2.
import numpy as np


def oracle(a, c, x0, lr, beta1, beta2, eps, steps):
    a, c, x = (np.asarray(v, dtype=float) for v in (a, c, x0))
    m = np.zeros_like(x)
    v = np.zeros_like(x)
    for t in range(1, steps + 1):
        g = a * (x - c)
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g ** 2
        b2 = np.sqrt(1 - beta2 ** t)
        lr_t = lr * b2 / (1 - beta1 ** t)
        x = x - lr_t * m / (np.sqrt(v) + eps * b2)
    return x.tolist()
