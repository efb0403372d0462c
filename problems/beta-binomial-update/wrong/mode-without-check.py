# Applies the interior mode formula (a − 1)/(a + b − 2) even when a ≤ 1 or b ≤ 1, where the density has no interior maximum.
def beta_update(alpha, beta, batches):
    a, b = alpha, beta
    for s, t in batches:
        a += s
        b += t - s
    mode = (a - 1) / (a + b - 2) if a + b != 2 else 0.5
    return [a, b, a / (a + b), a * b / ((a + b) ** 2 * (a + b + 1)), mode]
