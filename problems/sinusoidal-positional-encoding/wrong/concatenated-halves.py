# Puts all the sines in the first half of the columns and all the cosines in the second half instead of interleaving them.
import math


def positional_encoding(n_positions, d_model, base):
    half = (d_model + 1) // 2
    out = []
    for pos in range(n_positions):
        sins = [math.sin(pos / base ** (2 * i / d_model)) for i in range(half)]
        coss = [math.cos(pos / base ** (2 * i / d_model)) for i in range(d_model - half)]
        out.append(sins + coss)
    return out
