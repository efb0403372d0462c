import math


def ks_drift(reference: list, live: list, alpha: float) -> list:
    a, b = sorted(reference), sorted(live)
    n, m = len(a), len(b)
    i = j = 0
    d = 0.0
    while i < n and j < m:
        v = min(a[i], b[j])
        # Step past every copy of v in both samples before comparing the two CDFs at v.
        while i < n and a[i] == v:
            i += 1
        while j < m and b[j] == v:
            j += 1
        d = max(d, abs(i / n - j / m))
    # Once one sample is used up its CDF is 1; the other's only climbs towards 1, so the gap only shrinks.
    threshold = math.sqrt(-math.log(alpha / 2) * (n + m) / (2 * n * m))
    return [d, threshold, d > threshold]
