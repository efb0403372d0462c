# With max_train_size, keeps the oldest rows of the training window instead of the most recent ones.
def time_series_split(n, n_splits, gap, max_train_size):
    if n_splits < 2 or n_splits + 1 > n:
        return []
    test_size = n // (n_splits + 1)
    first_test = n - n_splits * test_size
    if first_test - gap <= 0:
        return []
    splits = []
    for start in range(first_test, n, test_size):
        train_end = start - gap
        if max_train_size:
            train_end = min(train_end, max_train_size)
        splits.append([list(range(0, train_end)), list(range(start, start + test_size))])
    return splits
