# Oracle: brute force, concatenates every list and sorts the values.
def oracle(lists):
    return sorted(v for lst in lists for v in lst)
