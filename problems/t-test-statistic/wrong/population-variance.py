# Uses the population variance (divides by n) instead of the sample variance (n − 1) in both tests.
def t_test(a, b, equal_var):
    n1, n2 = len(a), len(b)
    m1, m2 = sum(a) / n1, sum(b) / n2
    v1 = sum((x - m1) ** 2 for x in a) / n1
    v2 = sum((x - m2) ** 2 for x in b) / n2
    if equal_var:
        df = n1 + n2 - 2
        se = math.sqrt(((n1 - 1) * v1 + (n2 - 1) * v2) / df * (1 / n1 + 1 / n2))
    else:
        g1, g2 = v1 / n1, v2 / n2
        se = math.sqrt(g1 + g2)
        df = (g1 + g2) ** 2 / (g1 * g1 / (n1 - 1) + g2 * g2 / (n2 - 1))
    return [(m1 - m2) / se, float(df)]
