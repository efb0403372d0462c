def one_hot_encode(train: list, test: list) -> list:
    d = len(train[0])
    # Per column: category -> position inside that column's block, in sorted order.
    lookups = []
    for j in range(d):
        cats = sorted({row[j] for row in train})
        lookups.append({c: k for k, c in enumerate(cats)})
    out = []
    for row in test:
        encoded = []
        for j, value in enumerate(row):
            block = [0] * len(lookups[j])
            k = lookups[j].get(value)
            if k is not None:  # an unseen category leaves its block all zeros
                block[k] = 1
            encoded.extend(block)
        out.append(encoded)
    return out
