# Leakage: learns the categories from train + test, so unseen test categories get their own columns.
def one_hot_encode(train, test):
    d = len(train[0])
    lookups = [{c: k for k, c in enumerate(sorted({row[j] for row in train + test}))} for j in range(d)]
    out = []
    for row in test:
        enc = []
        for j, v in enumerate(row):
            block = [0] * len(lookups[j])
            block[lookups[j][v]] = 1
            enc.extend(block)
        out.append(enc)
    return out
