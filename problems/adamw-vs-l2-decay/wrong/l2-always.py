# Ignores the mode and always folds the penalty into the gradient (plain Adam with L2), the behaviour AdamW was introduced to fix.
import math


def adam_weight_decay(a, c, x0, hp, mode, steps):
    lr, b1, b2, eps, wd = hp["lr"], hp["beta1"], hp["beta2"], hp["eps"], hp["weight_decay"]
    x = list(x0)
    m = [0.0] * len(x)
    v = [0.0] * len(x)
    for t in range(1, steps + 1):
        for i in range(len(x)):
            g = a[i] * (x[i] - c[i])
            if True:
                g += wd * x[i]
            m[i] = b1 * m[i] + (1 - b1) * g
            v[i] = b2 * v[i] + (1 - b2) * g * g
            upd = (m[i] / (1 - b1 ** t)) / (math.sqrt(v[i] / (1 - b2 ** t)) + eps)
            x[i] -= lr * upd
    return x
