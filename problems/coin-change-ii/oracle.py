# Oracle: explicit enumeration of how many of each coin for tiny cases; otherwise a running sum along each residue class mod the coin (numpy, exact Python ints).
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
        for r in range(min(c, amount + 1)):
            ways[r::c] = np.cumsum(ways[r::c])  # ways with any number of c's = prefix sums along a, a - c, a - 2c, ...
    return int(ways[amount])
