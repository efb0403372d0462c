# Only guards k <= 0: k = 1 returns one fold with an empty train set and k > n yields empty test folds.
def k_fold_shuffled(n: int, k: int, seed: int) -> list:
    if k <= 0:
        return []
    perm = list(range(n))
    random.Random(seed).shuffle(perm)
    base, extra = divmod(n, k)
    folds = []
    start = 0
    for f in range(k):
        stop = start + base + (1 if f < extra else 0)
        test = set(perm[start:stop])
        folds.append([[i for i in range(n) if i not in test], sorted(test)])
        start = stop
    return folds
