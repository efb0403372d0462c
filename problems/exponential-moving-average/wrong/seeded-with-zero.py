# Starts the average at 0 instead of the first value, so the early part of the series is biased towards 0.
def exponential_moving_average(values: list, alpha: float) -> list:
    out = []
    s = 0.0
    for x in values:
        s = alpha * x + (1 - alpha) * s
        out.append(s)
    return out
