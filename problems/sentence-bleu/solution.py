def _ngram_counts(tokens, n):
    counts = {}
    for i in range(len(tokens) - n + 1):
        g = tuple(tokens[i:i + n])
        counts[g] = counts.get(g, 0) + 1
    return counts


def sentence_bleu(candidate: list, references: list) -> list:
    c = len(candidate)
    if c == 0:
        return [0.0, [0.0, 0.0, 0.0, 0.0], 0.0]
    precisions = []
    for n in range(1, 5):
        cand = _ngram_counts(candidate, n)
        # Clip each n-gram by the most times it occurs in any single reference.
        max_ref = {}
        for ref in references:
            for g, k in _ngram_counts(ref, n).items():
                if k > max_ref.get(g, 0):
                    max_ref[g] = k
        clipped = sum(min(k, max_ref.get(g, 0)) for g, k in cand.items())
        total = max(c - n + 1, 0)
        if n == 1:
            precisions.append(clipped / total)
        else:
            precisions.append((clipped + 1) / (total + 1))  # add-one smoothing for n >= 2
    # Closest reference length; on a tie, the shorter one.
    r = min((len(ref) for ref in references), key=lambda L: (abs(L - c), L))
    bp = 1.0 if c > r else math.exp(1 - r / c)
    if precisions[0] == 0:
        return [0.0, precisions, bp]
    bleu = bp * math.exp(sum(math.log(p) for p in precisions) / 4)
    return [bleu, precisions, bp]
