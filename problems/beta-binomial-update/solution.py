def beta_update(alpha: float, beta: float, batches: list) -> list:
    a, b = alpha, beta
    for successes, trials in batches:
        a += successes  # each success adds to alpha
        b += trials - successes  # each failure adds to beta
    mean = a / (a + b)
    variance = a * b / ((a + b) ** 2 * (a + b + 1))
    mode = (a - 1) / (a + b - 2) if a > 1 and b > 1 else None
    return [a, b, mean, variance, mode]
