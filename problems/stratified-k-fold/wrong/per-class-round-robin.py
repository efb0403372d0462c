# Deals each class round-robin starting again at fold 0 (i-th member -> fold i % k): stratified, but small classes pile into the first folds and the layout differs.
def stratified_k_fold(y: list, k: int) -> list:
    n = len(y)
    if k < 2 or k > n:
        return []
    members = {}
    for i, label in enumerate(y):
        members.setdefault(label, []).append(i)
    if max(len(idx) for idx in members.values()) < k:
        return []
    fold_of = [0] * n
    for idx in members.values():
        for j, i in enumerate(idx):
            fold_of[i] = j % k
    return [[[i for i in range(n) if fold_of[i] != f], [i for i in range(n) if fold_of[i] == f]] for f in range(k)]
