# Pools the categories of all columns into one vocabulary, so a value shared by two columns gets a single column.
def one_hot_encode(train, test):
    cats = sorted({v for row in train for v in row})
    pos = {c: k for k, c in enumerate(cats)}
    out = []
    for row in test:
        enc = [0] * len(cats)
        for v in row:
            if v in pos:
                enc[pos[v]] = 1
        out.append(enc)
    return out
