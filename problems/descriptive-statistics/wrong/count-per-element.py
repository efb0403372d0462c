# Right values, but finds the mode with xs.count(x) for every element: O(n²), which times out on the large inputs.
def describe(xs, ddof, qs):
    n = len(xs)
    s = sorted(xs)
    mean = sum(xs) / n
    median = float(s[n // 2]) if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
    best = max(xs.count(x) for x in xs)
    mode = min(x for x in xs if xs.count(x) == best)
    variance = sum((x - mean) ** 2 for x in xs) / (n - ddof)
    out = []
    for q in qs:
        h = (n - 1) * q
        lo = math.floor(h)
        hi = min(lo + 1, n - 1)
        out.append(s[lo] + (h - lo) * (s[hi] - s[lo]))
    return [mean, median, mode, variance, out]
