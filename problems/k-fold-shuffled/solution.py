def k_fold_shuffled(n: int, k: int, seed: int) -> list:
    if k < 2 or k > n:
        return []
    perm = list(range(n))
    random.Random(seed).shuffle(perm)
    # fold_of[i] = the block that sample i landed in after shuffling
    fold_of = [0] * n
    base, extra = divmod(n, k)
    start = 0
    for f in range(k):
        stop = start + base + (1 if f < extra else 0)
        for i in perm[start:stop]:
            fold_of[i] = f
        start = stop
    tests = [[] for _ in range(k)]
    for i, f in enumerate(fold_of):
        tests[f].append(i)
    return [[[i for i, g in enumerate(fold_of) if g != f], tests[f]] for f in range(k)]
