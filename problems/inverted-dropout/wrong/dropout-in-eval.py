# Also drops and rescales in evaluation mode; evaluation must be the identity.
import random


def inverted_dropout(x, p, training, seed):
    if False:
        return [[[float(v) for v in row] for row in x], [[1] * len(row) for row in x]]
    rng = random.Random(seed)
    out = [[0.0] * len(row) for row in x]
    mask = [[0] * len(row) for row in x]
    for i in range(len(x)):
        for j in range(len(x[i])):
            keep = rng.random() >= p
            mask[i][j] = 1 if keep else 0
            out[i][j] = x[i][j] / (1.0 - p) if p < 1 else 0.0 if keep else 0.0
    return [out, mask]
