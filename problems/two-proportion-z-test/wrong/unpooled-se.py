# Uses the unpooled (Wald) standard error sqrt(p1(1−p1)/n1 + p2(1−p2)/n2) instead of the pooled one the test assumes under H0.
def two_proportion_z_test(x1, n1, x2, n2):
    p1, p2 = x1 / n1, x2 / n2
    se = math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2)
    if se == 0:
        return [0.0, 1.0]
    z = (p1 - p2) / se
    return [z, math.erfc(abs(z) / math.sqrt(2))]
