# Divides by the standard error without a guard: when every trial (or none) succeeded it is 0 and the code raises ZeroDivisionError.
def two_proportion_z_test(x1, n1, x2, n2):
    p1, p2 = x1 / n1, x2 / n2
    pooled = (x1 + x2) / (n1 + n2)
    z = (p1 - p2) / math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    return [z, math.erfc(abs(z) / math.sqrt(2))]
