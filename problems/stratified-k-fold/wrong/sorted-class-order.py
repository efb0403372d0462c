# Orders the classes by sorted label value instead of by first appearance before dealing the positions.
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
    for label in sorted(members):
        dealt.extend([label] * len(members[label]))
    alloc = {label: [0] * k for label in members}
    for p, label in enumerate(dealt):
        alloc[label][p % k] += 1
    fold_of = [0] * n
    for label, idx in members.items():
        pos = 0
        for f in range(k):
            for i in idx[pos:pos + alloc[label][f]]:
                fold_of[i] = f
            pos += alloc[label][f]
    return [[[i for i in range(n) if fold_of[i] != f], [i for i in range(n) if fold_of[i] == f]] for f in range(k)]
