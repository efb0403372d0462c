# Oracle: brute force on the plain list, reversed.
def oracle(head):
    return list(reversed(head))
