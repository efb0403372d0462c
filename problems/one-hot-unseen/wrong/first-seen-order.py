# Orders each column's categories by first appearance in train instead of sorting them.
def one_hot_encode(train, test):
    d = len(train[0])
    lookups = []
    for j in range(d):
        seen = {}
        for row in train:
            seen.setdefault(row[j], len(seen))
        lookups.append(seen)
    out = []
    for row in test:
        enc = []
        for j, v in enumerate(row):
            block = [0] * len(lookups[j])
            if v in lookups[j]:
                block[lookups[j][v]] = 1
            enc.extend(block)
        out.append(enc)
    return out
