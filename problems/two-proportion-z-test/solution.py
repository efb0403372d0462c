def two_proportion_z_test(x1: int, n1: int, x2: int, n2: int) -> list:
    p1, p2 = x1 / n1, x2 / n2
    pooled = (x1 + x2) / (n1 + n2)  # under H0 both groups share one rate
    se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    if se == 0:
        return [0.0, 1.0]  # all successes or all failures: no evidence either way
    z = (p1 - p2) / se
    p_value = math.erfc(abs(z) / math.sqrt(2))  # = 2 · (1 − Φ(|z|)), accurate in the tail
    return [z, p_value]
