# Oracle: explicit enumeration of how many of each coin for tiny cases; otherwise, per coin c, running sums along each residue class mod c (numpy reshape + cumsum on exact Python ints).
import numpy as np


def _enumerate(amount, coins, i=0):
    if i == len(coins):
        return 1 if amount == 0 else 0
    return sum(_enumerate(amount - k * coins[i], coins, i + 1) for k in range(amount // coins[i] + 1))


def oracle(amount, coins):
    if len(coins) <= 4 and amount <= 40:
        return _enumerate(amount, coins)
    ways = np.zeros(amount + 1, dtype=object)
    ways[0] = 1
    for c in coins:
        if c > amount:
            continue
        rows = -(-(amount + 1) // c)
        grid = np.zeros(rows * c, dtype=object)
        grid[:amount + 1] = ways
        # row r, column k holds amount r * c + k; summing down a column adds any number of c's
        ways = grid.reshape(rows, c).cumsum(axis=0).reshape(-1)[:amount + 1]
    return int(ways[amount])
