# Evaluates the CDF gap only at the reference sample's values, missing the largest gap when it sits at a live value.
import math


def ks_drift(reference: list, live: list, alpha: float) -> list:
    a, b = sorted(reference), sorted(live)
    n, m = len(a), len(b)
    import bisect
    d = 0.0
    for v in a:
        d = max(d, abs(bisect.bisect_right(a, v) / n - bisect.bisect_right(b, v) / m))
    # Once one sample is used up its CDF is 1; the other's only climbs towards 1, so the gap only shrinks.
    threshold = math.sqrt(-math.log(alpha / 2) * (n + m) / (2 * n * m))
    return [d, threshold, d > threshold]
