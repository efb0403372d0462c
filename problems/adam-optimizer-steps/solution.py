import math


def adam_minimize(a: list, c: list, x0: list, lr: float, beta1: float, beta2: float, eps: float, steps: int) -> list:
    x = list(x0)
    m = [0.0] * len(x)  # first moment (mean of gradients)
    v = [0.0] * len(x)  # second moment (mean of squared gradients)
    for t in range(1, steps + 1):
        corr1 = 1.0 - beta1 ** t  # bias corrections: m and v start at 0
        corr2 = 1.0 - beta2 ** t
        for i in range(len(x)):
            g = a[i] * (x[i] - c[i])  # gradient of 0.5 * a_i * (x_i - c_i)^2
            m[i] = beta1 * m[i] + (1.0 - beta1) * g
            v[i] = beta2 * v[i] + (1.0 - beta2) * g * g
            m_hat = m[i] / corr1  # corrected copies; the stored m and v stay uncorrected
            v_hat = v[i] / corr2
            x[i] -= lr * m_hat / (math.sqrt(v_hat) + eps)
    return x
