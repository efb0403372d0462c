import random


def permutation_test(a: list, b: list, n_perm: int, seed: int) -> list:
    def mean(xs):
        return sum(xs) / len(xs)

    observed = mean(a) - mean(b)
    pooled = list(a) + list(b)  # a first, then b
    rng = random.Random(seed)
    na = len(a)
    extreme = 0
    for _ in range(n_perm):
        rng.shuffle(pooled)  # in place: each shuffle starts from the previous arrangement
        d = mean(pooled[:na]) - mean(pooled[na:])
        if abs(d) >= abs(observed) - 1e-9:  # two-sided, ties count as extreme
            extreme += 1
    return [observed, (extreme + 1) / (n_perm + 1)]
