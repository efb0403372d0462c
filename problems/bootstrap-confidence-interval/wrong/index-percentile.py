# Reads the percentiles as means[int(q · B)] instead of numpy's linear interpolation at (B − 1) · q.
def bootstrap_ci(xs, n_boot, alpha, seed):
    n = len(xs)
    rng = random.Random(seed)
    means = []
    for _ in range(n_boot):
        means.append(sum(xs[rng.randrange(n)] for _ in range(n)) / n)
    means.sort()
    lo = means[int(alpha / 2 * n_boot)]
    hi = means[min(int((1 - alpha / 2) * n_boot), n_boot - 1)]
    return [sum(xs) / n, lo, hi]
