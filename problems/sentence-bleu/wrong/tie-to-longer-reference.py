# Breaks a tie between two equally close reference lengths towards the longer one instead of the shorter.
def sentence_bleu(candidate, references):
    def counts(toks, n):
        d = {}
        for i in range(len(toks) - n + 1):
            g = tuple(toks[i:i + n])
            d[g] = d.get(g, 0) + 1
        return d

    c = len(candidate)
    if c == 0:
        return [0.0, [0.0, 0.0, 0.0, 0.0], 0.0]
    ps = []
    for n in range(1, 5):
        cand = counts(candidate, n)
        tot = {}
        for ref in references:
            for g, k in counts(ref, n).items():
                tot[g] = max(tot.get(g, 0), k)
        clipped = sum(min(k, tot.get(g, 0)) for g, k in cand.items())
        total = max(c - n + 1, 0)
        ps.append(clipped / total if n == 1 else (clipped + 1) / (total + 1))
    r = min((len(x) for x in references), key=lambda L: (abs(L - c), -L))
    bp = 1.0 if c > r else math.exp(1 - r / c)
    if ps[0] == 0:
        return [0.0, ps, bp]
    return [bp * math.exp(sum(math.log(p) for p in ps) / 4), ps, bp]
