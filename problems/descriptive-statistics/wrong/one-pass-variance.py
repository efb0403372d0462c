# Computes the variance in one pass as (Σx² − n·mean²)/(n − ddof): catastrophic cancellation when the values sit far from 0.
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
    variance = (sum(x * x for x in xs) - n * mean * mean) / (n - ddof)
    out = []
    for q in qs:
        h = (n - 1) * q
        lo = math.floor(h)
        hi = min(lo + 1, n - 1)
        out.append(s[lo] + (h - lo) * (s[hi] - s[lo]))
    return [mean, median, mode, variance, out]
