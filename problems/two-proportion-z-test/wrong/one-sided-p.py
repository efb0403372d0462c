# Reports the one-sided p-value 1 − Φ(|z|) instead of the two-sided 2 · (1 − Φ(|z|)).
def two_proportion_z_test(x1, n1, x2, n2):
    p1, p2 = x1 / n1, x2 / n2
    pooled = (x1 + x2) / (n1 + n2)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    if se == 0:
        return [0.0, 1.0]
    z = (p1 - p2) / se
    return [z, 0.5 * math.erfc(abs(z) / math.sqrt(2))]
