# Correct values, but expands every step into its explicit weighted sum over all earlier values: O(n^2), times out.
def exponential_moving_average(values: list, alpha: float) -> list:
    out = []
    for t in range(len(values)):
        s = (1 - alpha) ** t * values[0]
        for i in range(1, t + 1):
            s += alpha * (1 - alpha) ** (t - i) * values[i]
        out.append(s)
    return out
