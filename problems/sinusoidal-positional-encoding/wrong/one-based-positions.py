# Numbers positions from 1 instead of 0, so the first row is not [0, 1, 0, 1, ...].
import math


def positional_encoding(n_positions, d_model, base):
    return [[(math.sin if j % 2 == 0 else math.cos)(pos / base ** (2 * (j // 2) / d_model)) for j in range(d_model)] for pos in range(1, n_positions + 1)]
