# Oracle: second implementation, written differently from the reference, in numpy (pandas is not available): a stable argsort of the negated scores, np.array_split for the bins, and cumulative sums for gain and lift.
import numpy as np


def oracle(y_true, scores, n_bins):
    y = np.asarray(y_true, dtype=float)
    s = np.asarray(scores, dtype=float)
    total_pos = y.sum()
    if total_pos == 0:
        return []
    order = np.argsort(-s, kind="stable")  # highest score first, ties in input order
    bins = np.array_split(y[order], n_bins)  # the first n % n_bins bins are one row longer
    sizes = np.array([len(b) for b in bins], dtype=float)
    pos = np.array([b.sum() for b in bins])
    cum_rows, cum_pos = np.cumsum(sizes), np.cumsum(pos)
    gain = cum_pos / total_pos
    lift = (cum_pos / cum_rows) / (total_pos / len(y))
    return [[int(a), int(b), float(g), float(l)] for a, b, g, l in zip(sizes, pos, gain, lift)]
