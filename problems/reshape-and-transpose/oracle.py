# Independent oracle: numpy's reshape (order='C') and .T on an object array (entries kept as given);
# the statement's validity rules (only -1 may be inferred) are checked before numpy sees the shape.
import numpy as np


def oracle(matrix, rows, cols):
    if (rows < 0 and rows != -1) or (cols < 0 and cols != -1) or rows == 0 or cols == 0:
        return []
    flat = np.empty(sum(len(r) for r in matrix), dtype=object)
    flat[:] = [x for r in matrix for x in r]
    a = flat.reshape(len(matrix), len(matrix[0]))
    try:
        R = a.reshape(rows, cols)
    except ValueError:
        return []
    return [R.tolist(), R.T.tolist()]
