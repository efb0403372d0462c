import math


def positional_encoding(n_positions: int, d_model: int, base: float) -> list:
    table = []
    for pos in range(n_positions):
        row = []
        for j in range(d_model):
            pair = j // 2  # columns 2i and 2i + 1 share the frequency 1 / base^(2i / d_model)
            angle = pos / base ** (2 * pair / d_model)
            row.append(math.sin(angle) if j % 2 == 0 else math.cos(angle))
        table.append(row)
    return table
