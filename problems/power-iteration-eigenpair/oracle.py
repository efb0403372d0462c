# Independent oracle: numpy.linalg.eig (LAPACK geev, a full eigendecomposition, no iteration); the
# eigenvalue of largest magnitude and its eigenvector, normalised and signed as the statement says.
import numpy as np


def oracle(A, v0, max_iter, tol):
    vals, vecs = np.linalg.eig(np.asarray(A, dtype=float))
    i = int(np.argmax(np.abs(vals)))
    v = np.real(vecs[:, i])
    v = v / np.linalg.norm(v)
    if v[np.argmax(np.abs(v))] < 0:
        v = -v
    return [float(np.real(vals[i])), v.tolist()]
