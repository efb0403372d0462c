# Deals the permutation round-robin (perm[f::k]) instead of cutting it into consecutive blocks.
def k_fold_shuffled(n: int, k: int, seed: int) -> list:
    if k < 2 or k > n:
        return []
    perm = list(range(n))
    random.Random(seed).shuffle(perm)
    folds = []
    for f in range(k):
        test = sorted(perm[f::k])
        chosen = set(test)
        folds.append([[i for i in range(n) if i not in chosen], test])
    return folds
