# Counts "<s>" in |V| as well, although the model never predicts it.
def bigram_perplexity(train, test, k):
    known = {t for s in train for t in s}
    V = len(known | {"<s>", "</s>", "<unk>"})
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
