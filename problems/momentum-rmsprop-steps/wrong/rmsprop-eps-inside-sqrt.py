# Puts eps inside the square root, sqrt(s + eps), instead of adding it after.
import math


def optimizer_steps(kind: str, a: list, c: list, x0: list, lr: float, beta: float, eps: float, steps: int) -> list:
    x = list(x0)
    state = [0.0] * len(x)
    for _ in range(steps):
        for i in range(len(x)):
            g = a[i] * (x[i] - c[i])
            if kind == "momentum":
                state[i] = beta * state[i] + g
                x[i] -= lr * state[i]
            else:
                state[i] = beta * state[i] + (1.0 - beta) * g * g
                x[i] -= lr * g / math.sqrt(state[i] + eps)
    return x
