# Writes the Beta variance as ab / (a + b)³, dropping the + 1 in the last factor (a + b + 1).
def beta_update(alpha, beta, batches):
    a, b = alpha, beta
    for s, t in batches:
        a += s
        b += t - s
    mode = (a - 1) / (a + b - 2) if a > 1 and b > 1 else None
    return [a, b, a / (a + b), a * b / ((a + b) ** 2 * (a + b)), mode]
