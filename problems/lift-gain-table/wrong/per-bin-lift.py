# Reports each bin's own lift (its response rate over the base rate) instead of the cumulative lift of the top bins together.
def lift_gain_table(y_true, scores, n_bins):
    n = len(y_true)
    total_pos = sum(y_true)
    if total_pos == 0:
        return []
    order = sorted(range(n), key=lambda i: -scores[i])
    base, extra = divmod(n, n_bins)
    table = []
    start = cum_pos = 0
    for b in range(n_bins):
        size = base + (1 if b < extra else 0)
        pos = sum(y_true[i] for i in order[start:start + size])
        start += size
        cum_pos += pos
        table.append([size, pos, cum_pos / total_pos, (pos / size) / (total_pos / n)])
    return table
