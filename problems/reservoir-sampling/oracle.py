# Second implementation (the draws are defined by Python's generator, which numpy cannot replay): all
# the draws j_i for i = k … n − 1 are made first with random.Random(seed).randrange(i + 1); then, with
# numpy, slot s holds the item of the LAST i whose draw hit s, or its initial item if none did.
import random

import numpy as np


def oracle(stream, k, seed):
    n = len(stream)
    if k >= n:
        return list(stream)
    rng = random.Random(seed)
    j = np.array([rng.randrange(i + 1) for i in range(k, n)], dtype=np.int64)
    pos = np.arange(k, n)
    hits = j < k
    owner = np.arange(k)  # slot s starts with item s
    # np.maximum.at keeps the largest (latest) stream position that wrote each slot.
    np.maximum.at(owner, j[hits], pos[hits])
    return [stream[i] for i in owner.tolist()]
