# Draws the uniforms column by column instead of row by row, so the seeded mask lands on different units.
import random


def inverted_dropout(x, p, training, seed):
    if not training:
        return [[[float(v) for v in row] for row in x], [[1] * len(row) for row in x]]
    rng = random.Random(seed)
    out = [[0.0] * len(row) for row in x]
    mask = [[0] * len(row) for row in x]
    for j in range(max((len(r) for r in x), default=0)):
        for i in range(len(x)):
            keep = rng.random() >= p
            mask[i][j] = 1 if keep else 0
            out[i][j] = x[i][j] / (1.0 - p) if keep else 0.0
    return [out, mask]
