# Independent oracle: numpy's matmul (the @ operator) on float64 arrays; [] when the inner dimensions differ.
import numpy as np


def oracle(A, B):
    a = np.asarray(A, dtype=float)
    b = np.asarray(B, dtype=float)
    if a.shape[1] != b.shape[0]:
        return []
    return (a @ b).tolist()
