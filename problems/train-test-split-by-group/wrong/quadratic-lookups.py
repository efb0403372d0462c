# Correct split, but keeps the group order and the held-out groups in lists, so every "in" is a linear scan: quadratic.
def train_test_split_by_group(groups: list, test_percent: int) -> list:
    order = []
    for g in groups:
        if g not in order:
            order.append(g)
    n_test = (len(order) * test_percent + 99) // 100
    held_out = order[len(order) - n_test:]
    train, test = [], []
    for i, g in enumerate(groups):
        (test if g in held_out else train).append(i)
    return [train, test]
