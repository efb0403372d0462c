# Oracle: second implementation, written differently from the reference: one sweep of cyclic exact coordinate minimisation is a Gauss–Seidel iteration, so numpy/scipy split A = L + D + U and solve (L + D)·x_new = b − U·x with scipy.linalg.solve_triangular per sweep; f is evaluated as a numpy quadratic form.
import numpy as np
from scipy.linalg import solve_triangular


def oracle(A, b, x0, sweeps):
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float)
    x = np.asarray(x0, dtype=float)
    LD = np.tril(A)
    U = np.triu(A, 1)
    history = []
    for _ in range(sweeps):
        x = solve_triangular(LD, b - U @ x, lower=True)
        history.append(float(0.5 * x @ A @ x - b @ x))
    return [x.tolist(), history]
