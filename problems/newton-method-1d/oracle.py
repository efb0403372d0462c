# Oracle: second implementation, written differently from the reference: numpy.polynomial.Polynomial evaluates f and builds f' and f'' with .deriv(), and the stated loop (stop at |f'| ≤ 1e-10, Newton step when f'' > 0, else a gradient step) runs on those objects.
from numpy.polynomial import Polynomial


def oracle(coeffs, x0, lr, max_iter):
    f = Polynomial([float(c) for c in coeffs])
    g, h = f.deriv(1), f.deriv(2)
    x = float(x0)
    steps = 0
    while steps < max_iter and abs(g(x)) > 1e-10:
        x = x - g(x) / h(x) if h(x) > 0 else x - lr * g(x)
        steps += 1
    return [float(x), float(f(x)), steps]
