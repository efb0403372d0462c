# Off-by-one at the fold boundary: train takes indices[:start + 1], so each fold's first test index leaks into train.
def k_fold_indices(n: int, k: int) -> list:
    if k < 2 or k > n:
        return []
    indices = list(range(n))
    base, extra = divmod(n, k)
    folds = []
    start = 0
    for f in range(k):
        stop = start + base + (1 if f < extra else 0)
        folds.append([indices[:start + 1] + indices[stop:], indices[start:stop]])
        start = stop
    return folds
