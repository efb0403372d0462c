# Compares the raw uniform u in [0, 1) with the unnormalised cumulative weights instead of u · W (or u with cumulative probabilities).
import bisect


def sample_categorical(weights, k, seed):
    rng = random.Random(seed)
    cum, total = [], 0.0
    for w in weights:
        total += w
        cum.append(total)
    return [min(bisect.bisect_right(cum, rng.random()), len(weights) - 1) for _ in range(k)]
