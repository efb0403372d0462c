# Independent oracle: numpy.linalg.det (LAPACK's LU factorisation with partial pivoting, getrf).
import numpy as np


def oracle(A):
    return float(np.linalg.det(np.asarray(A, dtype=float)))
