# Picks the most frequent word within max_dist, ranking by count before distance.
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
        cands = [(-n, dist(w, c), c) for c, n in vocab.items() if abs(len(c) - len(w)) <= max_dist]
        cands = [x for x in cands if x[1] <= max_dist]
        out.append(min(cands)[2] if cands else w)
    return out
