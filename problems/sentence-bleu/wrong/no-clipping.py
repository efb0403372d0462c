# Counts every candidate n-gram that appears anywhere in a reference, without clipping by the reference count ("the the the" scores perfectly).
def sentence_bleu(candidate, references):
    c = len(candidate)
    if c == 0:
        return [0.0, [0.0, 0.0, 0.0, 0.0], 0.0]
    ps = []
    for n in range(1, 5):
        ref_grams = set()
        for ref in references:
            ref_grams |= {tuple(ref[i:i + n]) for i in range(len(ref) - n + 1)}
        grams = [tuple(candidate[i:i + n]) for i in range(c - n + 1)]
        hits = sum(g in ref_grams for g in grams)
        ps.append(hits / len(grams) if n == 1 else (hits + 1) / (len(grams) + 1))
    r = min((len(x) for x in references), key=lambda L: (abs(L - c), L))
    bp = 1.0 if c > r else math.exp(1 - r / c)
    if ps[0] == 0:
        return [0.0, ps, bp]
    return [bp * math.exp(sum(math.log(p) for p in ps) / 4), ps, bp]
