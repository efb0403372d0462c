# Rounds the output size up and pools the partial windows at the right and bottom edges (ceil mode).
def pool2d(x, kernel, stride, mode):
    kh, kw = kernel
    s = stride
    out = []
    for grid in x:
        h, w = len(grid), len(grid[0])
        h_out = -(-(h - kh) // s) + 1
        w_out = -(-(w - kw) // s) + 1
        plane = []
        for i in range(h_out):
            row = []
            for j in range(w_out):
                window = [grid[r][c] for r in range(i * s, min(i * s + kh, h)) for c in range(j * s, min(j * s + kw, w))]
                row.append(float(max(window)) if mode == "max" else sum(window) / len(window))
            plane.append(row)
        out.append(plane)
    return out
