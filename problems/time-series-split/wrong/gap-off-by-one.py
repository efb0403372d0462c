# Off by one at the gap: the training window runs up to and including index s_i − gap, so only gap − 1 rows are left out (and with gap = 0 the first test row leaks into training).
def time_series_split(n, n_splits, gap, max_train_size):
    if n_splits < 2 or n_splits + 1 > n:
        return []
    test_size = n // (n_splits + 1)
    first_test = n - n_splits * test_size
    if first_test - gap <= 0:
        return []
    splits = []
    for start in range(first_test, n, test_size):
        train_end = start - gap + 1
        train_start = 0
        if max_train_size and train_end > max_train_size:
            train_start = train_end - max_train_size
        splits.append([list(range(train_start, train_end)), list(range(start, start + test_size))])
    return splits
