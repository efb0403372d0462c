# Builds the vocabulary from the training and the test documents: test words leak into |V| and unseen words are scored instead of ignored.
def multinomial_nb_predict(train_docs, train_labels, test_docs, alpha):
    vocab = {w for d in list(train_docs) + list(test_docs) for w in d.split()}
    V = len(vocab)
    n = len(train_docs)
    stats = {}
    for d, c in zip(train_docs, train_labels):
        s = stats.setdefault(c, [0, Counter()])
        s[0] += 1
        s[1].update(d.split())
    out = []
    for d in test_docs:
        toks = d.split()
        best = None
        for c in sorted(stats):
            docs, cnt = stats[c]
            total = sum(cnt.values())
            score = math.log(docs / n) + sum(math.log((cnt[w] + alpha) / (total + alpha * V)) for w in toks)
            if best is None or score > best[0]:
                best = (score, c)
        out.append(best[1])
    return out
