# Counts the step from t = 0 in the bias correction's exponent and guards the division, an off-by-one in t.
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
            m_hat = m[i] / max(1 - beta1 ** (t - 1), 1 - beta1)
            v_hat = v[i] / max(1 - beta2 ** (t - 1), 1 - beta2)
            x[i] -= lr * m_hat / (math.sqrt(v_hat) + eps)
    return x
