def bootstrap_ci(xs: list, n_boot: int, alpha: float, seed: int) -> list:
    n = len(xs)
    rng = random.Random(seed)
    means = []
    for _ in range(n_boot):
        # One resample: n draws with replacement, in this exact order of calls.
        total = 0.0
        for _ in range(n):
            total += xs[rng.randrange(n)]
        means.append(total / n)
    means.sort()

    def quantile(q):  # numpy's default linear interpolation at position (B − 1) · q
        h = (n_boot - 1) * q
        lo = math.floor(h)
        hi = min(lo + 1, n_boot - 1)
        return means[lo] + (h - lo) * (means[hi] - means[lo])

    return [sum(xs) / n, quantile(alpha / 2), quantile(1 - alpha / 2)]
