# Oracle: brute force, sort every value in the level-order list and take the kth.
def oracle(root, k):
    return sorted(v for v in root if v is not None)[k - 1]
