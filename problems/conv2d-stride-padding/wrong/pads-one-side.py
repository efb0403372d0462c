# Pads only the bottom and right edges (2p zeros there), instead of p zeros on every side.
def conv2d(x, w, b, stride, padding):
    c_in, h, wd = len(x), len(x[0]), len(x[0][0])
    kh, kw = len(w[0][0]), len(w[0][0][0])
    h_out = (h + 2 * padding - kh) // stride + 1
    w_out = (wd + 2 * padding - kw) // stride + 1
    def get(c, r, q):
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
                            total += w[o][c][u][v] * get(c, i * stride + u, j * stride + v)
                row.append(total)
            plane.append(row)
        out.append(plane)
    return out
