import bisect


def sample_categorical(weights: list, k: int, seed: int) -> list:
    rng = random.Random(seed)
    cum = []
    total = 0.0
    for w in weights:  # running sums, left to right
        total += w
        cum.append(total)
    last = len(weights) - 1
    out = []
    for _ in range(k):
        t = rng.random() * total
        # Smallest i with t < cum[i]: a binary search, O(log n) per draw.
        out.append(min(bisect.bisect_right(cum, t), last))
    return out
