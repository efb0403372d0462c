# Independent of the reference (two pointers over nodes): a cycle exists exactly when pos points
# into a non-empty list.
def oracle(values, pos):
    return bool(values) and 0 <= pos < len(values)
