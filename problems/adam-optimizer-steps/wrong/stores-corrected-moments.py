# Writes the bias-corrected moments back into m and v, so the correction compounds from step to step.
import math


def adam_minimize(a, c, x0, lr, beta1, beta2, eps, steps):
    x = list(x0)
    m = [0.0] * len(x)
    v = [0.0] * len(x)
    for t in range(1, steps + 1):
        for i in range(len(x)):
            g = a[i] * (x[i] - c[i])
            m[i] = beta1 * m[i] + (1 - beta1) * g
            v[i] = beta2 * v[i] + (1 - beta2) * g * g
            m[i] = m_hat = m[i] / (1 - beta1 ** t)
            v[i] = v_hat = v[i] / (1 - beta2 ** t)
            x[i] -= lr * m_hat / (math.sqrt(v_hat) + eps)
    return x
