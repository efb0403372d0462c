# Starts the test blocks at test_size, 2·test_size, … so the remainder rows at the end are never tested, instead of letting the first training block absorb the remainder.
def time_series_split(n, n_splits, gap, max_train_size):
    if n_splits < 2 or n_splits + 1 > n:
        return []
    test_size = n // (n_splits + 1)
    if test_size - gap <= 0:
        return []
    splits = []
    for i in range(1, n_splits + 1):
        start = i * test_size
        train_end = start - gap
        train_start = 0
        if max_train_size and train_end > max_train_size:
            train_start = train_end - max_train_size
        splits.append([list(range(train_start, train_end)), list(range(start, start + test_size))])
    return splits
