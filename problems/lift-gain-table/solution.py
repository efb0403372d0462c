def lift_gain_table(y_true, scores, n_bins):
    n = len(y_true)
    total_pos = sum(y_true)
    if total_pos == 0:
        return []
    # Highest score first; sorted() is stable, so equal scores keep their input order.
    order = sorted(range(n), key=lambda i: -scores[i])
    base, extra = divmod(n, n_bins)
    base_rate = total_pos / n
    table = []
    start = cum_rows = cum_pos = 0
    for b in range(n_bins):
        size = base + (1 if b < extra else 0)
        pos = sum(y_true[i] for i in order[start:start + size])
        start += size
        cum_rows += size
        cum_pos += pos
        table.append([size, pos, cum_pos / total_pos, (cum_pos / cum_rows) / base_rate])
    return table
