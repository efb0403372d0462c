# An exact round trip returns its input: the expected value is the tree's own level-order list,
# checked here to be a well-formed LeetCode serialisation within the constraints (no trailing null).
def oracle(values):
    assert values == [] or (values[0] is not None and values[-1] is not None)
    assert len([v for v in values if v is not None]) <= 10**4
    assert all(v is None or -1000 <= v <= 1000 for v in values)
    return list(values)
