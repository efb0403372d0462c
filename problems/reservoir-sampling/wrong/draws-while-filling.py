# Calls the generator for every item, including the first k, which shifts the whole random sequence.
def reservoir_sample(stream, k, seed):
    rng = random.Random(seed)
    res = []
    for i, x in enumerate(stream):
        j = rng.randrange(i + 1)
        if i < k:
            res.append(x)
        elif j < k:
            res[j] = x
    return res
