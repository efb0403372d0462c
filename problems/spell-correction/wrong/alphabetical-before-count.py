# Breaks distance ties alphabetically and ignores how frequent the candidates are.
def spell_correct(words, vocab, max_dist):
    def dist(a, b):
        prev = list(range(len(b) + 1))
        for i, ca in enumerate(a, 1):
            cur = [i]
            for j, cb in enumerate(b, 1):
                cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
            prev = cur
        return prev[-1]

    out = []
    for w in words:
        if w in vocab:
            out.append(w)
            continue
        cands = [(dist(w, c), c) for c in vocab if abs(len(c) - len(w)) <= max_dist]
        cands = [x for x in cands if x[0] <= max_dist]
        out.append(min(cands)[1] if cands else w)
    return out
