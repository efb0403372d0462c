# Orders the groups by sorted id instead of by first appearance, so the wrong groups are held out.
def train_test_split_by_group(groups: list, test_percent: int) -> list:
    order = sorted(set(groups))
    n_test = (len(order) * test_percent + 99) // 100
    held_out = set(order[len(order) - n_test:])
    return [[i for i, g in enumerate(groups) if g not in held_out], [i for i, g in enumerate(groups) if g in held_out]]
