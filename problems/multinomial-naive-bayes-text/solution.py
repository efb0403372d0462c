def multinomial_nb_predict(train_docs: list, train_labels: list, test_docs: list, alpha: float) -> list:
    vocab = {w for doc in train_docs for w in doc.split()}  # training documents only
    V = len(vocab)
    n = len(train_docs)
    classes = sorted(set(train_labels))  # ascending, so the first maximum is the smallest label
    counts = {c: Counter() for c in classes}
    docs_in = Counter(train_labels)
    for doc, c in zip(train_docs, train_labels):
        counts[c].update(doc.split())
    model = []
    for c in classes:
        total = sum(counts[c].values())
        denom = math.log(total + alpha * V)
        log_prob = {w: math.log(counts[c][w] + alpha) - denom for w in vocab}
        model.append((c, math.log(docs_in[c] / n), log_prob))
    preds = []
    for doc in test_docs:
        tokens = [w for w in doc.split() if w in vocab]  # words never seen in training are ignored
        best_c, best = None, None
        for c, prior, log_prob in model:
            score = prior + sum(log_prob[w] for w in tokens)  # each occurrence counts
            if best is None or score > best:
                best_c, best = c, score
        preds.append(best_c)
    return preds
