# Second implementation (no n-gram LM library is installed for the oracle): a dense numpy count matrix
# over (history, word) indices filled with numpy.add.at, smoothed row-wise into a full conditional
# probability table, from which the test bigrams' log-probabilities are gathered and summed.
import numpy as np


def oracle(train, test, k):
    known = sorted({t for s in train for t in s})
    words = known + ["</s>", "<unk>"]  # what can be predicted
    histories = ["<s>"] + known + ["<unk>"]  # what can precede a prediction
    wi = {w: i for i, w in enumerate(words)}
    hi = {h: i for i, h in enumerate(histories)}
    counts = np.zeros((len(histories), len(words)))
    rows, cols = [], []
    for s in train:
        seq = ["<s>"] + s + ["</s>"]
        rows += [hi[u] for u in seq[:-1]]
        cols += [wi[w] for w in seq[1:]]
    np.add.at(counts, (np.array(rows, dtype=int), np.array(cols, dtype=int)), 1)
    probs = (counts + k) / (counts.sum(axis=1, keepdims=True) + k * len(words))
    rows, cols = [], []
    known_set = set(known)
    for s in test:
        seq = ["<s>"] + [t if t in known_set else "<unk>" for t in s] + ["</s>"]
        rows += [hi[u] for u in seq[:-1]]
        cols += [wi[w] for w in seq[1:]]
    logp = np.log(probs[np.array(rows, dtype=int), np.array(cols, dtype=int)])
    ll = float(logp.sum())
    return [ll, float(np.exp(-ll / len(logp)))]
