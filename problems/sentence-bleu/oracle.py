# Second implementation (no BLEU library is installed for the oracle): collections.Counter n-grams,
# clipping by the Counter union (|, an element-wise maximum) of the references and the intersection
# (&, an element-wise minimum) with the candidate; the geometric mean as a product of 4th roots.
import math
from collections import Counter


def _grams(tokens, n):
    return Counter(zip(*[tokens[i:] for i in range(n)]))


def oracle(candidate, references):
    c = len(candidate)
    if c == 0:
        return [0.0, [0.0, 0.0, 0.0, 0.0], 0.0]
    ps = []
    for n in (1, 2, 3, 4):
        cand = _grams(candidate, n)
        union = Counter()
        for ref in references:
            union |= _grams(ref, n)
        matched = sum((cand & union).values())
        possible = sum(cand.values())
        ps.append(matched / possible if n == 1 else (matched + 1) / (possible + 1))
    lengths = sorted(len(r) for r in references)
    best = lengths[0]
    for L in lengths:  # ascending, so the first of equally close lengths (the shorter) wins
        if abs(L - c) < abs(best - c):
            best = L
    bp = math.exp(1 - best / c) if c <= best else 1.0
    bleu = 0.0 if ps[0] == 0 else bp * ps[0] ** 0.25 * ps[1] ** 0.25 * ps[2] ** 0.25 * ps[3] ** 0.25
    return [bleu, ps, bp]
