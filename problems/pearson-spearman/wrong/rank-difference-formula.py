# Uses the shortcut 1 − 6·Σd² / (n(n² − 1)) for Spearman, which is exact only without ties.
def correlations(x, y):
    n = len(x)
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    r = 0.0 if sxx == 0 or syy == 0 else sxy / math.sqrt(sxx * syy)

    def ranks(v):
        s = sorted(v)
        first, last = {}, {}
        for i, val in enumerate(s):
            first.setdefault(val, i)
            last[val] = i
        return [(first[val] + last[val]) / 2 + 1 for val in v]

    if sxx == 0 or syy == 0:
        return [r, 0.0]
    d2 = sum((a - b) ** 2 for a, b in zip(ranks(x), ranks(y)))
    return [r, 1 - 6 * d2 / (n * (n * n - 1))]
