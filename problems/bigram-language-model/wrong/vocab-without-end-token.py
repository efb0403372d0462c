# Counts only the training word types (plus <unk>) in |V|, leaving out "</s>", which the model also predicts.
def bigram_perplexity(train, test, k):
    known = {t for s in train for t in s}
    V = len(known) + 1
    pair, hist = {}, {}
    for s in train:
        p = ["<s>"] + s + ["</s>"]
        for u, w in zip(p, p[1:]):
            pair[(u, w)] = pair.get((u, w), 0) + 1
            hist[u] = hist.get(u, 0) + 1
    ll, n = 0.0, 0
    for s in test:
        p = ["<s>"] + [t if t in known else "<unk>" for t in s] + ["</s>"]
        for u, w in zip(p, p[1:]):
            ll += math.log((pair.get((u, w), 0) + k) / (hist.get(u, 0) + k * V))
            n += 1
    return [ll, math.exp(-ll / n)]
