def time_series_split(n, n_splits, gap, max_train_size):
    if n_splits < 2 or n_splits + 1 > n:
        return []
    test_size = n // (n_splits + 1)
    first_test = n - n_splits * test_size      # the earliest block absorbs the remainder
    if first_test - gap <= 0:
        return []                               # the first training window would be empty
    splits = []
    for start in range(first_test, n, test_size):
        train_end = start - gap                 # rows train_end .. start-1 are the gap
        train_start = 0
        if max_train_size and train_end > max_train_size:
            train_start = train_end - max_train_size   # keep only the most recent rows
        splits.append([list(range(train_start, train_end)), list(range(start, start + test_size))])
    return splits
