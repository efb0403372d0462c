# Oracle: brute force on the plain list, deletes position len - n.
def oracle(head, n):
    values = list(head)
    del values[len(values) - n]
    return values
