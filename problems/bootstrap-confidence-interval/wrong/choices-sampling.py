# Resamples with rng.choices(xs, k=n), which consumes the generator differently (floor(random() · n)) from the stated randrange calls.
def bootstrap_ci(xs, n_boot, alpha, seed):
    n = len(xs)
    rng = random.Random(seed)
    means = sorted(sum(rng.choices(xs, k=n)) / n for _ in range(n_boot))

    def quantile(q):
        h = (n_boot - 1) * q
        lo = math.floor(h)
        hi = min(lo + 1, n_boot - 1)
        return means[lo] + (h - lo) * (means[hi] - means[lo])

    return [sum(xs) / n, quantile(alpha / 2), quantile(1 - alpha / 2)]
