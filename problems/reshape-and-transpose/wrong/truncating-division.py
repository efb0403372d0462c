# Infers -1 with integer division without checking that it divides evenly, so entries are silently dropped instead of returning [].
def reshape_transpose(matrix, rows, cols):
    flat = [x for row in matrix for x in row]
    size = len(flat)
    if rows == -1 and cols == -1:
        return []
    if rows == -1 and cols > 0:
        rows = size // cols
    elif cols == -1 and rows > 0:
        cols = size // rows
    if rows <= 0 or cols <= 0:
        return []
    reshaped = [flat[r * cols:(r + 1) * cols] for r in range(rows)]
    return [reshaped, [list(col) for col in zip(*reshaped)]]
