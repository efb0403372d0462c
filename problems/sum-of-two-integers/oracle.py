# Oracle: brute force, Python's own addition.
def oracle(a, b):
    return a + b
