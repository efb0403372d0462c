def bigram_perplexity(train: list, test: list, k: float) -> list:
    known = {t for sent in train for t in sent}
    vocab_size = len(known | {"</s>", "<unk>"})  # everything that can be predicted; "<s>" never is
    pair = {}
    history = {}
    for sent in train:
        padded = ["<s>"] + sent + ["</s>"]
        for u, w in zip(padded, padded[1:]):
            pair[(u, w)] = pair.get((u, w), 0) + 1
            history[u] = history.get(u, 0) + 1  # times u is followed by something
    log_lik = 0.0
    n = 0
    for sent in test:
        padded = ["<s>"] + [t if t in known else "<unk>" for t in sent] + ["</s>"]
        for u, w in zip(padded, padded[1:]):
            p = (pair.get((u, w), 0) + k) / (history.get(u, 0) + k * vocab_size)
            log_lik += math.log(p)
            n += 1
    return [log_lik, math.exp(-log_lik / n)]
