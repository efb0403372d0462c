# Oracle: numpy - the table as an array, EOS masked with -inf while too short, np.argmax (which returns the first, i.e. lowest, index among equal maxima) for each step.
import numpy as np


def oracle(log_probs, bos, eos, min_len, max_len):
    table = np.asarray(log_probs, dtype=float)
    tokens, score, prev = [], 0.0, bos
    while len(tokens) < max_len:
        row = table[prev].copy()
        if len(tokens) < min_len:
            row[eos] = -np.inf
        nxt = int(np.argmax(row))
        tokens.append(nxt)
        score += float(table[prev, nxt])
        if nxt == eos:
            break
        prev = nxt
    return [tokens, score]
