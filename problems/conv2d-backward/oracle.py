# Oracle: scipy.signal - dy is dilated with stride − 1 zeros between entries; dw[o][c] = correlate2d(padded x[c], dilated dy[o], 'valid') and the padded dx[c] = Σ_o convolve2d(dilated dy[o], w[o][c], 'full'), then the padding is cropped; db = dy summed by numpy.
import numpy as np
from scipy.signal import convolve2d, correlate2d


def oracle(x, w, stride, padding, dy):
    x = np.asarray(x, dtype=float)
    w = np.asarray(w, dtype=float)
    dy = np.asarray(dy, dtype=float)
    C_in, H, W = x.shape
    C_out, _, kH, kW = w.shape
    Ho, Wo = dy.shape[1], dy.shape[2]
    p, s = padding, stride
    xp = np.pad(x, ((0, 0), (p, p), (p, p)))
    dil = np.zeros((C_out, (Ho - 1) * s + 1, (Wo - 1) * s + 1))
    dil[:, ::s, ::s] = dy
    used_h, used_w = (Ho - 1) * s + kH, (Wo - 1) * s + kW   # rows/cols of the padded input any window touches
    dw = np.array([[correlate2d(xp[c, :used_h, :used_w], dil[o], mode="valid") for c in range(C_in)] for o in range(C_out)])
    dxp = np.zeros_like(xp)
    for c in range(C_in):
        dxp[c, :used_h, :used_w] = sum(convolve2d(dil[o], w[o, c], mode="full") for o in range(C_out))
    dx = dxp[:, p:p + H, p:p + W]
    db = dy.sum(axis=(1, 2))
    return [dx.tolist(), dw.tolist(), db.tolist()]
