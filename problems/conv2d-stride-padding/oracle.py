# Independent oracle: numpy - np.pad for the zeros, sliding_window_view to take every kh × kw window
# of the padded input, a stride by slicing the windows [::s, ::s], and one np.einsum over
# (input channel, kernel row, kernel column) for all output channels at once.
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def oracle(x, w, b, stride, padding):
    X = np.asarray(x, dtype=float)
    W = np.asarray(w, dtype=float)
    kh, kw = W.shape[2], W.shape[3]
    P = np.pad(X, ((0, 0), (padding, padding), (padding, padding)))
    win = sliding_window_view(P, (kh, kw), axis=(1, 2))[:, ::stride, ::stride]
    out = np.einsum("cijuv,ocuv->oij", win, W) + np.asarray(b, dtype=float)[:, None, None]
    return out.tolist()
