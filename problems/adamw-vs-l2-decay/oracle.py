# Independent oracle: numpy, one array per step. AdamW is written the way PyTorch's AdamW applies it
# (first x *= 1 - lr * weight_decay, then the plain Adam step), L2 adds weight_decay * x to the
# gradient; the bias corrections are folded into the step size and eps, as in the Adam paper.
import numpy as np


def oracle(a, c, x0, hp, mode, steps):
    lr, b1, b2, eps, wd = hp["lr"], hp["beta1"], hp["beta2"], hp["eps"], hp["weight_decay"]
    a, c, x = (np.asarray(v, dtype=float) for v in (a, c, x0))
    m = np.zeros_like(x)
    v = np.zeros_like(x)
    for t in range(1, steps + 1):
        g = a * (x - c) + (wd * x if mode == "l2" else 0.0)
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        if mode == "adamw":
            x = x * (1 - lr * wd)
        s = np.sqrt(1 - b2 ** t)
        x = x - (lr * s / (1 - b1 ** t)) * m / (np.sqrt(v) + eps * s)
    return x.tolist()
