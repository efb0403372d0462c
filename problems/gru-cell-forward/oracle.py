# Oracle: numpy, vectorised per step - the input part W_x @ x + b_x and the recurrent part W_h @ h + b_h as whole 3H vectors, each cut with np.split into the r, z, n blocks, scipy.special.expit for the sigmoid.
import numpy as np
from scipy.special import expit


def oracle(xs, W_x, W_h, b_x, b_h, h0):
    W_x = np.asarray(W_x, dtype=float).reshape(len(W_x), -1)
    W_h = np.asarray(W_h, dtype=float)
    b_x = np.asarray(b_x, dtype=float)
    b_h = np.asarray(b_h, dtype=float)
    h = np.asarray(h0, dtype=float)
    out = []
    for x in np.asarray(xs, dtype=float).reshape(len(xs), -1):
        xr, xz, xn = np.split(W_x @ x + b_x, 3)
        hr, hz, hn = np.split(W_h @ h + b_h, 3)
        r = expit(xr + hr)
        z = expit(xz + hz)
        n = np.tanh(xn + r * hn)
        h = (1.0 - z) * n + z * h
        out.append(h)
    return np.stack(out).tolist()
