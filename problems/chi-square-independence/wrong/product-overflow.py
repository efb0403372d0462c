# Right formulas, but multiplies e^(-h) by a running sum of h^i / i!: for a large statistic e^(-h) underflows to 0, the sum overflows, and 0 · inf gives nan.
def _chi2_sf(x, k):
    h = x / 2.0
    if k % 2 == 0:
        term = total = 1.0
        for i in range(1, k // 2):
            term *= h / i
            total += term
        return math.exp(-h) * total
    total = math.erfc(math.sqrt(h))
    term = s = 0.0
    for i in range(1, (k - 1) // 2 + 1):
        term = math.sqrt(h) / math.gamma(1.5) if i == 1 else term * h / (i - 0.5)
        s += term
    return total + math.exp(-h) * s


def chi_square_independence(table):
    r, c = len(table), len(table[0])
    rows = [sum(row) for row in table]
    cols = [sum(table[i][j] for i in range(r)) for j in range(c)]
    n = sum(rows)
    E = [[rows[i] * cols[j] / n for j in range(c)] for i in range(r)]
    chi2 = sum((table[i][j] - E[i][j]) ** 2 / E[i][j] for i in range(r) for j in range(c))
    dof = (r - 1) * (c - 1)
    return [chi2, dof, _chi2_sf(chi2, dof), E]
