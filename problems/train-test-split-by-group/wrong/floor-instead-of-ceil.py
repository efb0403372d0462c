# Rounds the number of test groups down (n_groups * p // 100) instead of up.
def train_test_split_by_group(groups: list, test_percent: int) -> list:
    order = list(dict.fromkeys(groups))
    n_test = len(order) * test_percent // 100
    held_out = set(order[len(order) - n_test:])
    return [[i for i, g in enumerate(groups) if g not in held_out], [i for i, g in enumerate(groups) if g in held_out]]
