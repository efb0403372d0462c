# Ranks tied values by their position (1, 2, 3 …) instead of giving them their average rank.
def correlations(x, y):
    def pearson(a, b):
        n = len(a)
        ma, mb = sum(a) / n, sum(b) / n
        sab = sum((p - ma) * (q - mb) for p, q in zip(a, b))
        saa = sum((p - ma) ** 2 for p in a)
        sbb = sum((q - mb) ** 2 for q in b)
        return 0.0 if saa == 0 or sbb == 0 else sab / math.sqrt(saa * sbb)

    def ranks(v):
        r = [0] * len(v)
        for pos, i in enumerate(sorted(range(len(v)), key=lambda i: v[i])):
            r[i] = pos + 1
        return r

    return [pearson(x, y), pearson(ranks(x), ranks(y))]
