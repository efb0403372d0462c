# Independent oracle: numpy.linalg.matrix_rank (SVD-based) decides singularity, numpy.linalg.solve (LAPACK gesv) solves.
import numpy as np


def oracle(A, b):
    a = np.asarray(A, dtype=float)
    if np.linalg.matrix_rank(a) < a.shape[0]:
        return []
    return np.linalg.solve(a, np.asarray(b, dtype=float)).tolist()
