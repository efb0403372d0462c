# Correct folds, but builds train with "i not in test" on a list: O(n^2 / k) per fold, times out on the large case.
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
        test = sorted(perm[start:stop])
        train = [i for i in range(n) if i not in test]
        folds.append([train, test])
        start = stop
    return folds
