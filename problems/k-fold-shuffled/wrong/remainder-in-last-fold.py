# Gives every block n // k samples and dumps the whole remainder into the last block.
def k_fold_shuffled(n: int, k: int, seed: int) -> list:
    if k < 2 or k > n:
        return []
    perm = list(range(n))
    random.Random(seed).shuffle(perm)
    size = n // k
    folds = []
    for f in range(k):
        start = f * size
        stop = n if f == k - 1 else start + size
        folds.append([sorted(perm[:start] + perm[stop:]), sorted(perm[start:stop])])
    return folds
