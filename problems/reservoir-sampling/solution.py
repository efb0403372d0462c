def reservoir_sample(stream: list, k: int, seed: int) -> list:
    rng = random.Random(seed)
    reservoir = []
    for i, item in enumerate(stream):
        if i < k:
            reservoir.append(item)  # fill the first k slots; no random call yet
        else:
            j = rng.randrange(i + 1)  # uniform over 0 … i, inclusive
            if j < k:
                reservoir[j] = item  # item i survives with probability k / (i + 1)
    return reservoir
