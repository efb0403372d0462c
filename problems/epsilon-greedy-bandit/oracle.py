# Second implementation (no library equivalent: the exploration draws are defined by Python's random.Random): numpy arrays, np.argmax for the first-best arm, and each arm's estimate kept as a running sum / count instead of an incremental mean.
import random

import numpy as np


def oracle(rewards, steps, epsilon, seed):
    rng = random.Random(seed)
    k = len(rewards)
    sums = np.zeros(k)
    counts = np.zeros(k, dtype=int)
    chosen = []
    for _ in range(steps):
        explore = rng.random() < epsilon
        if explore:
            a = rng.randrange(k)
        else:
            est = np.divide(sums, counts, out=np.zeros(k), where=counts > 0)
            a = int(np.argmax(est))
        sums[a] += rewards[a][counts[a] % len(rewards[a])]
        counts[a] += 1
        chosen.append(a)
    est = np.divide(sums, counts, out=np.zeros(k), where=counts > 0)
    return [chosen, est.tolist()]
