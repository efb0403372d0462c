# Uses the nearest-rank quantile s[ceil(q·n) − 1] instead of numpy's linear interpolation at position (n − 1)·q.
def describe(xs, ddof, qs):
    n = len(xs)
    s = sorted(xs)
    mean = sum(xs) / n
    median = float(s[n // 2]) if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
    counts = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    top = max(counts.values())
    mode = min(x for x, c in counts.items() if c == top)
    variance = sum((x - mean) ** 2 for x in xs) / (n - ddof)
    out = [float(s[max(0, math.ceil(q * n) - 1)]) for q in qs]
    return [mean, median, mode, variance, out]
