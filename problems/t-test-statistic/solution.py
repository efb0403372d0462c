def t_test(a: list, b: list, equal_var: bool) -> list:
    n1, n2 = len(a), len(b)
    m1, m2 = sum(a) / n1, sum(b) / n2
    v1 = sum((x - m1) ** 2 for x in a) / (n1 - 1)  # sample variances (ddof = 1)
    v2 = sum((x - m2) ** 2 for x in b) / (n2 - 1)
    if equal_var:
        df = n1 + n2 - 2
        pooled = ((n1 - 1) * v1 + (n2 - 1) * v2) / df  # weighted by degrees of freedom
        se = math.sqrt(pooled * (1 / n1 + 1 / n2))
    else:
        g1, g2 = v1 / n1, v2 / n2
        se = math.sqrt(g1 + g2)
        df = (g1 + g2) ** 2 / (g1 * g1 / (n1 - 1) + g2 * g2 / (n2 - 1))  # Welch-Satterthwaite
    return [(m1 - m2) / se, float(df)]
