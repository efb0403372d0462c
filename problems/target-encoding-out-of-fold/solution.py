def _encoder(cats, ys, m):
    """Smoothed means from (category, target) pairs: returns (table, prior)."""
    prior = sum(ys) / len(ys)
    sums, counts = {}, {}
    for c, v in zip(cats, ys):
        sums[c] = sums.get(c, 0.0) + v
        counts[c] = counts.get(c, 0) + 1
    table = {c: (sums[c] + m * prior) / (counts[c] + m) for c in counts}
    return table, prior


def target_encode_oof(train_cats, y, fold_ids, test_cats, m):
    train_enc = [0.0] * len(y)
    for f in sorted(set(fold_ids)):
        # Statistics from the other folds only: a row never sees its own target.
        others = [i for i, g in enumerate(fold_ids) if g != f]
        table, prior = _encoder([train_cats[i] for i in others], [y[i] for i in others], m)
        for i, g in enumerate(fold_ids):
            if g == f:
                train_enc[i] = table.get(train_cats[i], prior)
    table, prior = _encoder(train_cats, y, m)          # test rows: every training row
    test_enc = [table.get(c, prior) for c in test_cats]
    return [train_enc, test_enc]
