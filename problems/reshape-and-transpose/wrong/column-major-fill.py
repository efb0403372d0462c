# Fills the new shape column by column (numpy's order='F') instead of row by row.
def reshape_transpose(matrix, rows, cols):
    flat = [x for row in matrix for x in row]
    size = len(flat)
    if rows == -1 and cols == -1:
        return []
    if rows == -1:
        if cols <= 0 or size % cols:
            return []
        rows = size // cols
    elif cols == -1:
        if rows <= 0 or size % rows:
            return []
        cols = size // rows
    if rows <= 0 or cols <= 0 or rows * cols != size:
        return []
    reshaped = [[flat[c * rows + r] for c in range(cols)] for r in range(rows)]
    return [reshaped, [list(col) for col in zip(*reshaped)]]
