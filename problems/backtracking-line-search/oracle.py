# Oracle: second implementation, written differently from the reference: for a quadratic the Armijo test f(x − t·g) ≤ f(x) − c·t·‖g‖² is equivalent to t ≤ 2(1 − c)·‖g‖² / (gᵀAg), so numpy computes that bound per iteration and shrinks t0 by rho until it fits, without ever evaluating f. (The generator checked that no trial step lies within 1e-9 of the bound, where the two forms could round differently.)
import numpy as np


def oracle(A, b, x0, t0, c, rho, max_iter):
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float)
    x = np.asarray(x0, dtype=float)
    steps = []
    for _ in range(max_iter):
        g = A @ x - b
        if np.linalg.norm(g) <= 1e-10:
            break
        bound = 2.0 * (1.0 - c) * (g @ g) / (g @ A @ g)
        t = t0
        while t > bound:
            t *= rho
        x = x - t * g
        steps.append(t)
    return [x.tolist(), steps]
