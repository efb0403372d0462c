# Repeats each index weight-many times and picks with rng.randrange: a valid sampler for integer weights, but it consumes the generator differently from the stated inverse-CDF method.
def sample_categorical(weights, k, seed):
    rng = random.Random(seed)
    pool = [i for i, w in enumerate(weights) for _ in range(int(round(w)))]
    return [pool[rng.randrange(len(pool))] for _ in range(k)]
