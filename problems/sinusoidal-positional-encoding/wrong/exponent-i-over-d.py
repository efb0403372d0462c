# Uses base^(i / d_model) with i the pair index, instead of base^(2i / d_model), so frequencies decay half as fast.
import math


def positional_encoding(n_positions, d_model, base):
    return [[(math.sin if j % 2 == 0 else math.cos)(pos / base ** ((j // 2) / d_model)) for j in range(d_model)] for pos in range(n_positions)]
