# "Optimises" the scan by sorting the weights in descending order first, then returns positions in the sorted order instead of the original indices.
import bisect


def sample_categorical(weights, k, seed):
    rng = random.Random(seed)
    ws = sorted(weights, reverse=True)
    cum, total = [], 0.0
    for w in ws:
        total += w
        cum.append(total)
    return [min(bisect.bisect_right(cum, rng.random() * total), len(ws) - 1) for _ in range(k)]
