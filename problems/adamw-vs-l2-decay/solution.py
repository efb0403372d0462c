import math


def adam_weight_decay(a: list, c: list, x0: list, hp: dict, mode: str, steps: int) -> list:
    lr, beta1, beta2 = hp["lr"], hp["beta1"], hp["beta2"]
    eps, wd = hp["eps"], hp["weight_decay"]
    x = list(x0)
    m = [0.0] * len(x)
    v = [0.0] * len(x)
    for t in range(1, steps + 1):
        corr1 = 1.0 - beta1 ** t
        corr2 = 1.0 - beta2 ** t
        for i in range(len(x)):
            g = a[i] * (x[i] - c[i])
            if mode == "l2":
                g += wd * x[i]  # L2: the penalty's gradient goes through m and v
            m[i] = beta1 * m[i] + (1.0 - beta1) * g
            v[i] = beta2 * v[i] + (1.0 - beta2) * g * g
            step = (m[i] / corr1) / (math.sqrt(v[i] / corr2) + eps)
            if mode == "adamw":
                step += wd * x[i]  # decoupled: shrink the weight directly, at its value before this step
            x[i] -= lr * step
    return x
