# Oracle: the closed form C(m + n - 2, m - 1) (every route is an ordering of m - 1 downs and n - 1 rights).
from math import comb


def oracle(m, n):
    return comb(m + n - 2, m - 1)
