# Divides by the product of the sums of squares without a guard: a constant input raises ZeroDivisionError instead of giving 0.0.
def correlations(x, y):
    def pearson(a, b):
        n = len(a)
        ma, mb = sum(a) / n, sum(b) / n
        sab = sum((p - ma) * (q - mb) for p, q in zip(a, b))
        saa = sum((p - ma) ** 2 for p in a)
        sbb = sum((q - mb) ** 2 for q in b)
        return sab / math.sqrt(saa * sbb)

    def ranks(v):
        s = sorted(v)
        first, last = {}, {}
        for i, val in enumerate(s):
            first.setdefault(val, i)
            last[val] = i
        return [(first[val] + last[val]) / 2 + 1 for val in v]

    return [pearson(x, y), pearson(ranks(x), ranks(y))]
