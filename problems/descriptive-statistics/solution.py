def describe(xs: list, ddof: int, qs: list) -> list:
    n = len(xs)
    s = sorted(xs)
    mean = sum(xs) / n
    mid = n // 2
    median = float(s[mid]) if n % 2 else (s[mid - 1] + s[mid]) / 2
    # Mode: highest count, smallest value among ties. One pass over the sorted values.
    mode, best, i = s[0], 0, 0
    while i < n:
        j = i
        while j < n and s[j] == s[i]:
            j += 1
        if j - i > best:  # strictly greater keeps the smaller value on a tie
            mode, best = s[i], j - i
        i = j
    # Two-pass variance: subtract the mean first (E[x²] − mean² cancels catastrophically).
    variance = sum((x - mean) ** 2 for x in xs) / (n - ddof)
    quantiles = []
    for q in qs:
        h = (n - 1) * q  # numpy's default ("linear") position
        lo = math.floor(h)
        hi = min(lo + 1, n - 1)
        quantiles.append(s[lo] + (h - lo) * (s[hi] - s[lo]))
    return [mean, median, mode, variance, quantiles]
