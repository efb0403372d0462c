# Independent oracle: evaluates f at all 2n perturbed points at once with numpy (rows of
# x ± eps·I), then the scaled errors as one vectorised expression.
import numpy as np


def oracle(A, b, x, grad, eps):
    n = len(x)
    if n == 0:
        return 0.0
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float)
    x = np.asarray(x, dtype=float)
    g = np.asarray(grad, dtype=float)

    def f(P):  # one point per row
        return 0.5 * np.einsum('ki,ij,kj->k', P, A, P) + P @ b

    E = eps * np.eye(n)
    num = (f(x + E) - f(x - E)) / (2 * eps)
    err = np.abs(g - num) / np.maximum(1.0, np.maximum(np.abs(g), np.abs(num)))
    return float(err.max())
