# Oracle: second definition, two trees are the same exactly when their trimmed level-order serialisations (with null markers) are equal.
def _trim(values):
    values = list(values)
    while values and values[-1] is None:
        values.pop()
    return values


def oracle(p, q):
    return _trim(p) == _trim(q)
