# Independent oracle: numpy only. matrix_rank (SVD) on growing prefixes picks the independent vectors;
# numpy.linalg.qr (Householder) orthonormalises them, with signs fixed so that diag(R) > 0, which is
# the sign Gram-Schmidt produces.
import numpy as np


def oracle(vectors):
    kept, rank = [], 0
    for v in vectors:
        trial = np.asarray(kept + [v], dtype=float)
        r = np.linalg.matrix_rank(trial)
        if r > rank:
            kept.append(v)
            rank = r
    if not kept:
        return []
    Q, R = np.linalg.qr(np.asarray(kept, dtype=float).T)
    signs = np.sign(np.diag(R))
    return (Q * signs).T.tolist()
