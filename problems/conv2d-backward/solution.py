def conv2d_backward(x: list, w: list, stride: int, padding: int, dy: list) -> list:
    C_in, H, W = len(x), len(x[0]), len(x[0][0])
    C_out, kH, kW = len(w), len(w[0][0]), len(w[0][0][0])
    H_out, W_out = len(dy[0]), len(dy[0][0])
    dx = [[[0.0] * W for _ in range(H)] for _ in range(C_in)]
    dw = [[[[0.0] * kW for _ in range(kH)] for _ in range(C_in)] for _ in range(C_out)]
    db = [sum(sum(row) for row in dy[o]) for o in range(C_out)]
    # Forward: y[o][a][b] = b[o] + sum over c, u, v of w[o][c][u][v] * x[c][a*s + u - p][b*s + v - p]
    # (zero outside the input). Every product sends dy[o][a][b] back to both of its factors.
    for o in range(C_out):
        for a in range(H_out):
            for b in range(W_out):
                g = dy[o][a][b]
                if g == 0:
                    continue
                for c in range(C_in):
                    for u in range(kH):
                        r = a * stride + u - padding
                        if r < 0 or r >= H:
                            continue  # a padding row: zero input, no gradient to pass on
                        for v in range(kW):
                            q = b * stride + v - padding
                            if 0 <= q < W:
                                dx[c][r][q] += w[o][c][u][v] * g
                                dw[o][c][u][v] += x[c][r][q] * g
    return [dx, dw, db]
