# Splits rows instead of groups (the last ceil(n * p / 100) rows go to test): a group can land on both sides, which is leakage.
def train_test_split_by_group(groups: list, test_percent: int) -> list:
    n = len(groups)
    n_test = (n * test_percent + 99) // 100
    return [list(range(n - n_test)), list(range(n - n_test, n))]
