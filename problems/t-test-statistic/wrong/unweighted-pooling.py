# Pools the variances as the plain average (v1 + v2) / 2, which is right only when n1 = n2.
def t_test(a, b, equal_var):
    n1, n2 = len(a), len(b)
    m1, m2 = sum(a) / n1, sum(b) / n2
    v1 = sum((x - m1) ** 2 for x in a) / (n1 - 1)
    v2 = sum((x - m2) ** 2 for x in b) / (n2 - 1)
    if equal_var:
        df = n1 + n2 - 2
        se = math.sqrt((v1 + v2) / 2 * (1 / n1 + 1 / n2))
    else:
        g1, g2 = v1 / n1, v2 / n2
        se = math.sqrt(g1 + g2)
        df = (g1 + g2) ** 2 / (g1 * g1 / (n1 - 1) + g2 * g2 / (n2 - 1))
    return [(m1 - m2) / se, float(df)]
