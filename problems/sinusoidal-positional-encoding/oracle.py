# Independent oracle: numpy, the whole table at once as in the usual vectorised recipe - inverse
# frequencies exp(-ln(base) * 2i / d) for the even columns, an outer product with the positions, and
# sin / cos written into the even / odd column slices.
import numpy as np


def oracle(n_positions, d_model, base):
    pos = np.arange(n_positions, dtype=float)[:, None]
    even = np.arange(0, d_model, 2, dtype=float)
    inv_freq = np.exp(-np.log(base) * even / d_model)
    angles = pos * inv_freq[None, :]
    pe = np.zeros((n_positions, d_model))
    pe[:, 0::2] = np.sin(angles)
    pe[:, 1::2] = np.cos(angles[:, : d_model // 2])
    return pe.tolist()
