def stratified_k_fold(y: list, k: int) -> list:
    n = len(y)
    if k < 2 or k > n:
        return []
    # classes in order of first appearance, with their sample indices in ascending order
    members = {}
    for i, label in enumerate(y):
        members.setdefault(label, []).append(i)
    sizes = [len(idx) for idx in members.values()]
    if max(sizes) < k:
        return []
    # Deal the class-sorted labels round-robin: position p goes to fold p % k.
    # Class c occupies positions [offset, offset + size), so fold f receives the p in that range
    # with p % k == f.
    fold_of = [0] * n
    offset = 0
    for idx, size in zip(members.values(), sizes):
        pos = 0
        for f in range(k):
            first = offset + (f - offset) % k  # first position >= offset that belongs to fold f
            take = 0 if first >= offset + size else (offset + size - 1 - first) // k + 1
            for i in idx[pos:pos + take]:
                fold_of[i] = f
            pos += take
        offset += size
    tests = [[] for _ in range(k)]
    for i, f in enumerate(fold_of):
        tests[f].append(i)
    return [[[i for i, g in enumerate(fold_of) if g != f], tests[f]] for f in range(k)]
