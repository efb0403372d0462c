def conv2d(x: list, w: list, b: list, stride: int, padding: int) -> list:
    c_in, h, wd = len(x), len(x[0]), len(x[0][0])
    kh, kw = len(w[0][0]), len(w[0][0][0])
    h_out = (h + 2 * padding - kh) // stride + 1  # floor: a window that would run off the edge is dropped
    w_out = (wd + 2 * padding - kw) // stride + 1

    def pixel(c, r, q):  # zero padding: anything outside the input reads as 0
        r -= padding
        q -= padding
        return x[c][r][q] if 0 <= r < h and 0 <= q < wd else 0.0

    out = []
    for o, kernel in enumerate(w):
        plane = []
        for i in range(h_out):
            row = []
            for j in range(w_out):
                top, left = i * stride, j * stride
                total = b[o]
                for c in range(c_in):  # every output channel sums over all input channels
                    for u in range(kh):
                        for v in range(kw):
                            total += kernel[c][u][v] * pixel(c, top + u, left + v)
                row.append(total)
            plane.append(row)
        out.append(plane)
    return out
