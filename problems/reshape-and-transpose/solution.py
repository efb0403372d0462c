def reshape_transpose(matrix: list, rows: int, cols: int) -> list:
    flat = [x for row in matrix for x in row]  # row-major order
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
    reshaped = [flat[r * cols:(r + 1) * cols] for r in range(rows)]
    transposed = [list(column) for column in zip(*reshaped)]
    return [reshaped, transposed]
