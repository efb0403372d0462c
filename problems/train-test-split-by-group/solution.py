def train_test_split_by_group(groups: list, test_percent: int) -> list:
    order = list(dict.fromkeys(groups))  # distinct groups, in order of first appearance
    n_test = (len(order) * test_percent + 99) // 100  # exact integer ceil
    held_out = set(order[len(order) - n_test:])
    train, test = [], []
    for i, g in enumerate(groups):
        (test if g in held_out else train).append(i)
    return [train, test]
