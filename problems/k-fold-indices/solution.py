def k_fold_indices(n: int, k: int) -> list:
    if k < 2 or k > n:
        return []
    base, extra = divmod(n, k)
    folds = []
    start = 0
    for f in range(k):
        stop = start + base + (1 if f < extra else 0)
        train = list(range(0, start)) + list(range(stop, n))
        test = list(range(start, stop))
        folds.append([train, test])
        start = stop
    return folds
