def pool2d(x: list, kernel: list, stride: int, mode: str) -> list:
    kh, kw = kernel
    out = []
    for grid in x:  # every channel is pooled on its own
        h, w = len(grid), len(grid[0])
        h_out = (h - kh) // stride + 1  # floor: windows that would run off the edge are dropped
        w_out = (w - kw) // stride + 1
        plane = []
        for i in range(h_out):
            row = []
            for j in range(w_out):
                window = [grid[i * stride + u][j * stride + v] for u in range(kh) for v in range(kw)]
                row.append(float(max(window)) if mode == "max" else sum(window) / len(window))
            plane.append(row)
        out.append(plane)
    return out
