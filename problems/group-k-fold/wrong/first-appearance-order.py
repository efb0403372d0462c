# Assigns the groups in order of first appearance instead of largest first, so the greedy balancing sees the big groups too late.
def group_k_fold(groups, n_splits):
    sizes = {}
    for g in groups:
        sizes[g] = sizes.get(g, 0) + 1
    if n_splits < 2 or n_splits > len(sizes):
        return []
    # Largest groups first; among equal sizes, the larger group id first.
    order = list(sizes)
    load = [0] * n_splits
    fold_of = {}
    for g in order:
        f = min(range(n_splits), key=lambda k: (load[k], k))   # lightest fold, lowest index on ties
        fold_of[g] = f
        load[f] += sizes[g]
    splits = []
    for f in range(n_splits):
        test = [i for i, g in enumerate(groups) if fold_of[g] == f]
        train = [i for i, g in enumerate(groups) if fold_of[g] != f]
        splits.append([train, test])
    return splits
