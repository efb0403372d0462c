# Independent oracle: vectorised numpy, with zero proportions replaced by 1e-4 via np.where.
import numpy as np


def oracle(baseline, current, threshold):
    b = np.asarray(baseline, dtype=float)
    c = np.asarray(current, dtype=float)
    p = b / b.sum()
    q = c / c.sum()
    p = np.where(p == 0, 1e-4, p)
    q = np.where(q == 0, 1e-4, q)
    psi = float(np.sum((q - p) * np.log(q / p)))
    return [psi, bool(psi > threshold)]
