# Correct numbers, but recomputes the column statistics for every test row: O(n_test · n_train · d), times out.
def standard_scale(train, test):
    n, d = len(train), len(train[0])
    out = []
    for r in test:
        row = []
        for j in range(d):
            col = [t[j] for t in train]
            mean = sum(col) / n
            std = math.sqrt(sum((v - mean) ** 2 for v in col) / n) or 1.0
            row.append((r[j] - mean) / std)
        out.append(row)
    return out
