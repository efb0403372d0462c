# Oracle: second implementation, written differently from the reference: numpy run lengths. It precomputes, for every index, how long the run of "above high" (or "below low") points ending there is, then jumps from state change to state change with np.flatnonzero on the run lengths clipped to the current segment, instead of stepping a state machine point by point.
import numpy as np


def _run_lengths(mask):
    out = np.zeros(len(mask), dtype=int)
    run = 0
    for i, m in enumerate(mask):
        run = run + 1 if m else 0
        out[i] = run
    return out


def oracle(values, high, low, n_raise, m_clear):
    v = np.array([np.nan if x is None else x for x in values], dtype=float)
    with np.errstate(invalid="ignore"):
        above = _run_lengths(v > high)
        below = _run_lengths(v < low)
    idx = np.arange(len(v))
    out, pos = [], 0
    while pos < len(v):
        hits = np.flatnonzero(np.minimum(above, idx - pos + 1)[pos:] >= n_raise)
        if hits.size == 0:
            break
        start = pos + int(hits[0])
        hits = np.flatnonzero(np.minimum(below, idx - start)[start + 1:] >= m_clear)
        if hits.size == 0:
            out.append([start, None])
            break
        end = start + 1 + int(hits[0])
        out.append([start, end])
        pos = end + 1
    return out
