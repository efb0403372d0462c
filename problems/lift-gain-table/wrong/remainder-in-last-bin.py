# Gives every bin n // n_bins rows and puts the whole remainder into the last bin, instead of one extra row to each of the first n % n_bins bins.
def lift_gain_table(y_true, scores, n_bins):
    n = len(y_true)
    total_pos = sum(y_true)
    if total_pos == 0:
        return []
    order = sorted(range(n), key=lambda i: -scores[i])
    size = n // n_bins
    table = []
    cum_rows = cum_pos = 0
    for b in range(n_bins):
        start = b * size
        end = n if b == n_bins - 1 else start + size
        pos = sum(y_true[i] for i in order[start:end])
        cum_rows += end - start
        cum_pos += pos
        table.append([end - start, pos, cum_pos / total_pos, (cum_pos / cum_rows) / (total_pos / n)])
    return table
