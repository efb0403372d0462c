# Correct average ranks, but looks each value up with list.index and list.count on the sorted list: O(n²), too slow for the large inputs.
def correlations(x, y):
    def pearson(a, b):
        n = len(a)
        ma, mb = sum(a) / n, sum(b) / n
        sab = sum((p - ma) * (q - mb) for p, q in zip(a, b))
        saa = sum((p - ma) ** 2 for p in a)
        sbb = sum((q - mb) ** 2 for q in b)
        return 0.0 if saa == 0 or sbb == 0 else sab / math.sqrt(saa * sbb)

    def ranks(v):
        s = sorted(v)
        return [s.index(val) + (s.count(val) - 1) / 2 + 1 for val in v]

    return [pearson(x, y), pearson(ranks(x), ranks(y))]
