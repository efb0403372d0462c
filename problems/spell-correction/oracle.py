# Second implementation (no edit-distance library is installed for the oracle): Levenshtein distance
# with numpy, one row at a time. Deletions and substitutions come from the previous row in one
# vectorised step, and insertions along the row are a running minimum, new[j] = j + min_{i<=j}(row[i] - i),
# computed with numpy.minimum.accumulate. Candidates are then ranked with sorted() on (distance, -count, word).
import numpy as np


def _distance(a, b):
    cols = np.arange(len(b) + 1)
    prev = cols.copy()
    bb = np.array(list(b)) if b else np.array([], dtype="<U1")
    for i, ch in enumerate(a, 1):
        row = np.empty_like(prev)
        row[0] = i
        row[1:] = np.minimum(prev[1:] + 1, prev[:-1] + (bb != ch))
        prev = np.minimum.accumulate(row - cols) + cols
    return int(prev[-1])


def oracle(words, vocab, max_dist):
    out = []
    for w in words:
        if w in vocab:
            out.append(w)
            continue
        # |len(w) - len(c)| is a lower bound on the distance, so longer gaps cannot qualify.
        ranked = sorted((_distance(w, c), -n, c) for c, n in vocab.items() if abs(len(c) - len(w)) <= max_dist)
        out.append(ranked[0][2] if ranked and ranked[0][0] <= max_dist else w)
    return out
