# Cuts alpha from each tail (quantiles alpha and 1 − alpha) instead of alpha / 2, giving a narrower, over-confident interval.
def bootstrap_ci(xs, n_boot, alpha, seed):
    n = len(xs)
    rng = random.Random(seed)
    means = []
    for _ in range(n_boot):
        means.append(sum(xs[rng.randrange(n)] for _ in range(n)) / n)
    means.sort()

    def quantile(q):
        h = (n_boot - 1) * q
        lo = math.floor(h)
        hi = min(lo + 1, n_boot - 1)
        return means[lo] + (h - lo) * (means[hi] - means[lo])

    return [sum(xs) / n, quantile(alpha), quantile(1 - alpha)]
