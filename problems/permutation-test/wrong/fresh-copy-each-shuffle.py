# Shuffles a fresh copy of the original pooled list every time, so the permutations differ from the stated sequence of in-place shuffles.
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
        perm = list(a) + list(b)
        rng.shuffle(perm)
        d = mean(perm[:na]) - mean(perm[na:])
        if abs(d) >= abs(observed) - 1e-9:  # two-sided, ties count as extreme
            extreme += 1
    return [observed, (extreme + 1) / (n_perm + 1)]
