def brier_and_ece(y_true: list, probs: list, n_bins: int) -> list:
    n = len(y_true)
    brier = sum((p - y) ** 2 for y, p in zip(y_true, probs)) / n
    count = [0] * n_bins
    sum_p = [0.0] * n_bins
    sum_y = [0] * n_bins
    for y, p in zip(y_true, probs):
        b = min(int(p * n_bins), n_bins - 1)
        count[b] += 1
        sum_p[b] += p
        sum_y[b] += y
    ece = 0.0
    for b in range(n_bins):
        if count[b]:
            ece += abs(sum_p[b] - sum_y[b]) / n
    return [brier, ece]
