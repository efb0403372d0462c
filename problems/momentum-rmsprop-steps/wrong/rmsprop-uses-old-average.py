# Divides by the mean square from before this step's gradient was folded in (and guards the first step with g itself).
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
                prev = state[i] if state[i] > 0 else g * g
                state[i] = beta * state[i] + (1.0 - beta) * g * g
                x[i] -= lr * g / (math.sqrt(prev) + eps)
    return x
