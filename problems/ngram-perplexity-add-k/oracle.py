# Oracle: second implementation with numpy count matrices, written differently from the reference: every history and every predictable token gets an index, the counts are built with np.add.at into a (histories × |V|) matrix, and the whole add-k probability table is computed at once before the test events are looked up in it.
import numpy as np


def oracle(vocab, train, test, n, k):
    tokens = sorted(set(vocab)) + ["</s>", "<unk>"]
    col = {w: i for i, w in enumerate(tokens)}
    V = len(tokens)

    def events(sent):
        mapped = [w if w in col and w not in ("</s>", "<unk>") else "<unk>" for w in sent]
        seq = ("<s>",) * (n - 1) + tuple(mapped) + ("</s>",)
        return [(seq[i - n + 1:i], seq[i]) for i in range(n - 1, len(seq))]

    train_ev = [e for s in train for e in events(s)]
    test_ev = [e for s in test for e in events(s)]
    hist = {}
    for h, _ in train_ev + test_ev:
        hist.setdefault(h, len(hist))
    counts = np.zeros((len(hist), V))
    if train_ev:
        np.add.at(counts, (np.array([hist[h] for h, _ in train_ev]), np.array([col[w] for _, w in train_ev])), 1.0)
    probs = (counts + k) / (counts.sum(axis=1, keepdims=True) + k * V)
    logp = np.log(probs[[hist[h] for h, _ in test_ev], [col[w] for _, w in test_ev]])
    ll = float(logp.sum())
    return [ll, float(np.exp(-ll / len(test_ev)))]
