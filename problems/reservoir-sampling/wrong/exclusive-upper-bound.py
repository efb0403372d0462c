# Draws j from 0 … i − 1 (rng.randrange(i)) instead of 0 … i, so item i is kept with probability k / i, not k / (i + 1).
def reservoir_sample(stream, k, seed):
    rng = random.Random(seed)
    res = []
    for i, x in enumerate(stream):
        if i < k:
            res.append(x)
        else:
            j = rng.randrange(i)
            if j < k:
                res[j] = x
    return res
