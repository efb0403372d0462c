# Oracle: visit the cells in increasing order of value; each cell's longest path ending there is 1 + the best smaller neighbour (a DP over the sorted order).


def oracle(matrix):
    rows, cols = len(matrix), len(matrix[0])
    ending = [[1] * cols for _ in range(rows)]
    for value, r, c in sorted((matrix[r][c], r, c) for r in range(rows) for c in range(cols)):
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and matrix[nr][nc] < value:
                ending[r][c] = max(ending[r][c], ending[nr][nc] + 1)
    return max(max(row) for row in ending)
