# Uses only the matching input channel (depthwise-style, channel o mod C_in) instead of summing over all input channels.
def conv2d(x, w, b, stride, padding):
    c_in, h, wd = len(x), len(x[0]), len(x[0][0])
    kh, kw = len(w[0][0]), len(w[0][0][0])
    h_out = (h + 2 * padding - kh) // stride + 1
    w_out = (wd + 2 * padding - kw) // stride + 1
    def get(c, r, q):
        r, q = r - padding, q - padding
        return x[c][r][q] if 0 <= r < h and 0 <= q < wd else 0.0
    out = []
    for o in range(len(w)):
        plane = []
        for i in range(h_out):
            row = []
            for j in range(w_out):
                total = b[o]
                for c in range(c_in):
                    for u in range(kh):
                        for v in range(kw):
                            total += (w[o][c][u][v] if c == o % c_in else 0.0) * get(c, i * stride + u, j * stride + v)
                row.append(total)
            plane.append(row)
        out.append(plane)
    return out
