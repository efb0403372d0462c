# Off-by-one bin: a probability of exactly 1.0 falls into a bin past the last one and is dropped.
def brier_and_ece(y_true, probs, n_bins):
    n = len(y_true)
    brier = sum((p - y) ** 2 for y, p in zip(y_true, probs)) / n
    sp = [0.0] * (n_bins + 1)
    sy = [0] * (n_bins + 1)
    for y, p in zip(y_true, probs):
        b = int(p * n_bins)
        sp[b] += p
        sy[b] += y
    return [brier, sum(abs(sp[b] - sy[b]) for b in range(n_bins)) / n]
