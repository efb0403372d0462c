# Puts alpha on the previous average and 1 - alpha on the new value (the weights swapped).
def exponential_moving_average(values: list, alpha: float) -> list:
    out = []
    for x in values:
        if not out:
            out.append(float(x))
        else:
            out.append((1 - alpha) * x + alpha * out[-1])
    return out
