# Treats n - 1 as an exclusive end for the training tail, so index n - 1 never appears in any train set.
def k_fold_indices(n: int, k: int) -> list:
    if k < 2 or k > n:
        return []
    base, extra = divmod(n, k)
    folds = []
    start = 0
    for f in range(k):
        stop = start + base + (1 if f < extra else 0)
        train = list(range(0, start)) + list(range(stop, n - 1))
        folds.append([train, list(range(start, stop))])
        start = stop
    return folds
