# Oracle: combinatorics; a climb with k two-steps has n - k moves, k of them two-steps, so the answer is the sum of C(n - k, k).
from math import comb


def oracle(n):
    return sum(comb(n - k, k) for k in range(n // 2 + 1))
