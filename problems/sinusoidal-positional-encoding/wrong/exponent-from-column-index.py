# Uses the column index j itself in the exponent (base^(j / d_model)), so each cos column gets a different frequency from its sin partner.
import math


def positional_encoding(n_positions, d_model, base):
    return [[(math.sin if j % 2 == 0 else math.cos)(pos / base ** (j / d_model)) for j in range(d_model)] for pos in range(n_positions)]
