# Adds the failures to alpha and the successes to beta (alpha counts successes).
def beta_update(alpha, beta, batches):
    a, b = alpha, beta
    for s, t in batches:
        a += t - s
        b += s
    mode = (a - 1) / (a + b - 2) if a > 1 and b > 1 else None
    return [a, b, a / (a + b), a * b / ((a + b) ** 2 * (a + b + 1)), mode]
