# Evicts slot j with pop(j) and appends the new item at the end: the same set of items, but in a different slot order (and O(k) per replacement).
def reservoir_sample(stream, k, seed):
    rng = random.Random(seed)
    res = []
    for i, x in enumerate(stream):
        if i < k:
            res.append(x)
        else:
            j = rng.randrange(i + 1)
            if j < k:
                res.pop(j)
                res.append(x)
    return res
