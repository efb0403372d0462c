# Correct folds, but collects each fold's test indices in a list and builds train with "i not in test": O(n^2 / k) per fold.
def stratified_k_fold(y: list, k: int) -> list:
    n = len(y)
    if k < 2 or k > n:
        return []
    members = {}
    for i, label in enumerate(y):
        members.setdefault(label, []).append(i)
    if max(len(idx) for idx in members.values()) < k:
        return []
    dealt = []
    for label, idx in members.items():
        dealt.extend([label] * len(idx))
    alloc = {label: [0] * k for label in members}
    for p, label in enumerate(dealt):
        alloc[label][p % k] += 1
    tests = [[] for _ in range(k)]
    for label, idx in members.items():
        pos = 0
        for f in range(k):
            tests[f].extend(idx[pos:pos + alloc[label][f]])
            pos += alloc[label][f]
    folds = []
    for f in range(k):
        test = sorted(tests[f])
        folds.append([[i for i in range(n) if i not in test], test])
    return folds
