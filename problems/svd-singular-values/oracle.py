# Independent oracle: numpy.linalg.svd(compute_uv=False), LAPACK's SVD of A itself (it never forms AᵀA).
import numpy as np


def oracle(A):
    return np.linalg.svd(np.asarray(A, dtype=float), compute_uv=False).tolist()
