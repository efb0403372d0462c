# Takes the history count c(u) from unigram counts of the unpadded training text, so c("<s>") is 0 and every sentence start is mis-normalised.
def bigram_perplexity(train, test, k):
    known = {t for s in train for t in s}
    V = len(known | {"</s>", "<unk>"})
    uni, pair = {}, {}
    for s in train:
        for t in s:
            uni[t] = uni.get(t, 0) + 1
        p = ["<s>"] + s + ["</s>"]
        for u, w in zip(p, p[1:]):
            pair[(u, w)] = pair.get((u, w), 0) + 1
    ll, n = 0.0, 0
    for s in test:
        p = ["<s>"] + [t if t in known else "<unk>" for t in s] + ["</s>"]
        for u, w in zip(p, p[1:]):
            ll += math.log((pair.get((u, w), 0) + k) / (uni.get(u, 0) + k * V))
            n += 1
    return [ll, math.exp(-ll / n)]
