# Breaks ties for the mode by first appearance in the input instead of by the smallest value.
def describe(xs, ddof, qs):
    n = len(xs)
    s = sorted(xs)
    mean = sum(xs) / n
    median = float(s[n // 2]) if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
    counts = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    mode = max(counts, key=counts.get)
    variance = sum((x - mean) ** 2 for x in xs) / (n - ddof)
    out = []
    for q in qs:
        h = (n - 1) * q
        lo = math.floor(h)
        hi = min(lo + 1, n - 1)
        out.append(s[lo] + (h - lo) * (s[hi] - s[lo]))
    return [mean, median, mode, variance, out]
