# Returns each fold's indices in shuffled (permutation) order instead of sorted ascending.
def k_fold_shuffled(n: int, k: int, seed: int) -> list:
    if k < 2 or k > n:
        return []
    perm = list(range(n))
    random.Random(seed).shuffle(perm)
    base, extra = divmod(n, k)
    folds = []
    start = 0
    for f in range(k):
        stop = start + base + (1 if f < extra else 0)
        folds.append([perm[:start] + perm[stop:], perm[start:stop]])
        start = stop
    return folds
