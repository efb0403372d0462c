# Correct folds, but builds train with "i not in test" on a list: O(n^2 / k) per fold, times out for n = 30001.
def k_fold_indices(n: int, k: int) -> list:
    if k < 2 or k > n:
        return []
    base, extra = divmod(n, k)
    folds = []
    start = 0
    for f in range(k):
        size = base + (1 if f < extra else 0)
        test = [start + j for j in range(size)]
        train = [i for i in range(n) if i not in test]
        folds.append([train, test])
        start += size
    return folds
