# Oracle: second implementation, compares the sorted strings (the reference counts letters).
def oracle(s, t):
    return sorted(s) == sorted(t)
