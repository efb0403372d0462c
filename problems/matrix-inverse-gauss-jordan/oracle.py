# Independent oracle: numpy.linalg.matrix_rank (SVD-based) decides singularity, numpy.linalg.inv (LAPACK LU) inverts.
import numpy as np


def oracle(A):
    a = np.asarray(A, dtype=float)
    if np.linalg.matrix_rank(a) < a.shape[0]:
        return []
    return np.linalg.inv(a).tolist()
