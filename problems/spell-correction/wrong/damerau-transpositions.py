# Counts swapping two adjacent letters as one edit (Damerau distance), so "teh" is 1 away from "the" instead of 2.
def spell_correct(words, vocab, max_dist):
    def dist(a, b):
        d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
        for i in range(len(a) + 1):
            d[i][0] = i
        for j in range(len(b) + 1):
            d[0][j] = j
        for i in range(1, len(a) + 1):
            for j in range(1, len(b) + 1):
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
                if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
        return d[-1][-1]

    out = []
    for w in words:
        if w in vocab:
            out.append(w)
            continue
        cands = [(dist(w, c), -n, c) for c, n in vocab.items() if abs(len(c) - len(w)) <= max_dist]
        cands = [x for x in cands if x[0] <= max_dist]
        out.append(min(cands)[2] if cands else w)
    return out
