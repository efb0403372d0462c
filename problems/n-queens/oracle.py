# Oracle: brute force, every permutation of columns (one queen per row and column), kept when no two queens share a diagonal.
from itertools import permutations


def oracle(n):
    boards = []
    for cols in permutations(range(n)):
        if len({r - c for r, c in enumerate(cols)}) == n and len({r + c for r, c in enumerate(cols)}) == n:
            boards.append(["." * c + "Q" + "." * (n - c - 1) for c in cols])
    return boards
