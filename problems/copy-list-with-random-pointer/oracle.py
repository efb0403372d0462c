# A deep copy has the same shape as its input: the expected value is the input list itself,
# checked to be well formed (every random index in range) within LeetCode's constraints.
def oracle(pairs):
    assert len(pairs) <= 1000
    for val, r in pairs:
        assert -10**4 <= val <= 10**4 and (r is None or 0 <= r < len(pairs))
    return [list(p) for p in pairs]
