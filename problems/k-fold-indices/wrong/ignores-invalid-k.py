# No guard for k < 2 or k > n: k = 1 returns one fold with an empty train set, and k > n yields empty test folds.
def k_fold_indices(n: int, k: int) -> list:
    if k <= 0:
        return []
    base, extra = divmod(n, k)
    folds = []
    start = 0
    for f in range(k):
        stop = start + base + (1 if f < extra else 0)
        folds.append([list(range(0, start)) + list(range(stop, n)), list(range(start, stop))])
        start = stop
    return folds
