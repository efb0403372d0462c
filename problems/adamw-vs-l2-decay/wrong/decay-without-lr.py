# Decoupled decay shrinks x by weight_decay * x instead of lr * weight_decay * x.
import math


def adam_weight_decay(a, c, x0, hp, mode, steps):
    lr, b1, b2, eps, wd = hp["lr"], hp["beta1"], hp["beta2"], hp["eps"], hp["weight_decay"]
    x = list(x0)
    m = [0.0] * len(x)
    v = [0.0] * len(x)
    for t in range(1, steps + 1):
        for i in range(len(x)):
            g = a[i] * (x[i] - c[i])
            if mode == "l2":
                g += wd * x[i]
            m[i] = b1 * m[i] + (1 - b1) * g
            v[i] = b2 * v[i] + (1 - b2) * g * g
            upd = (m[i] / (1 - b1 ** t)) / (math.sqrt(v[i] / (1 - b2 ** t)) + eps)
            x[i] -= lr * upd + (wd * x[i] if mode == "adamw" else 0.0)
    return x
