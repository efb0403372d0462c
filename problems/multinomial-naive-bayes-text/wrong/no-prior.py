# Leaves out the log prior: every class is treated as equally likely.
def multinomial_nb_predict(train_docs, train_labels, test_docs, alpha):
    vocab = {w for d in train_docs for w in d.split()}
    V = len(vocab)
    stats = {}
    for d, c in zip(train_docs, train_labels):
        stats.setdefault(c, Counter()).update(d.split())
    out = []
    for d in test_docs:
        toks = [w for w in d.split() if w in vocab]
        best = None
        for c in sorted(stats):
            cnt = stats[c]
            total = sum(cnt.values())
            score = sum(math.log((cnt[w] + alpha) / (total + alpha * V)) for w in toks)
            if best is None or score > best[0]:
                best = (score, c)
        out.append(best[1])
    return out
