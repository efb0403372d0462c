# Oracle: brute force, looks at every cell.
def oracle(matrix, target):
    return any(x == target for row in matrix for x in row)
