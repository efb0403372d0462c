# Applies Adam-style bias correction (divide by 1 - (1 - alpha)^t) to a zero-seeded average, which the task does not ask for.
def exponential_moving_average(values: list, alpha: float) -> list:
    out = []
    s = 0.0
    for t, x in enumerate(values, 1):
        s = alpha * x + (1 - alpha) * s
        out.append(s / (1 - (1 - alpha) ** t))
    return out
