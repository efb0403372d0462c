# Treats every negative size as "infer this one" (as old numpy did), instead of accepting only -1.
def reshape_transpose(matrix, rows, cols):
    flat = [x for row in matrix for x in row]
    size = len(flat)
    if rows < 0 and cols < 0:
        return []
    if rows < 0:
        if cols == 0 or size % cols:
            return []
        rows = size // cols
    elif cols < 0:
        if rows == 0 or size % rows:
            return []
        cols = size // rows
    if rows <= 0 or cols <= 0 or rows * cols != size:
        return []
    reshaped = [flat[r * cols:(r + 1) * cols] for r in range(rows)]
    return [reshaped, [list(col) for col in zip(*reshaped)]]
