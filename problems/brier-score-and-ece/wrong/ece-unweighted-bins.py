# Wrong averaging: ECE averages the non-empty bins' gaps equally instead of weighting by bin size.
def brier_and_ece(y_true, probs, n_bins):
    n = len(y_true)
    brier = sum((p - y) ** 2 for y, p in zip(y_true, probs)) / n
    bins = {}
    for y, p in zip(y_true, probs):
        bins.setdefault(min(int(p * n_bins), n_bins - 1), []).append((y, p))
    gaps = [abs(sum(p for _, p in v) / len(v) - sum(y for y, _ in v) / len(v)) for v in bins.values()]
    return [brier, sum(gaps) / len(gaps)]
