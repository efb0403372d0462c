def exponential_moving_average(values: list, alpha: float) -> list:
    out = []
    for x in values:
        if not out:
            out.append(float(x))  # the first value seeds the average
        else:
            out.append(alpha * x + (1 - alpha) * out[-1])
    return out
