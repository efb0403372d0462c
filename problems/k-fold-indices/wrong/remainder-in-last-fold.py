# Gives every fold n // k indices and dumps the whole remainder into the last one (2, 2, 2, 4 for n = 10, k = 4).
def k_fold_indices(n: int, k: int) -> list:
    if k < 2 or k > n:
        return []
    size = n // k
    folds = []
    for f in range(k):
        start = f * size
        stop = n if f == k - 1 else start + size
        folds.append([list(range(0, start)) + list(range(stop, n)), list(range(start, stop))])
    return folds
