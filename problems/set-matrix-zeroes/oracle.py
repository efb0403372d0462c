# Independent of the reference (row and column sets, written in place): each cell is zero when
# any cell of its row or of its column was zero in the input, checked cell by cell.
def oracle(matrix):
    m, n = len(matrix), len(matrix[0])
    return [[0 if any(matrix[i][k] == 0 for k in range(n)) or any(matrix[k][j] == 0 for k in range(m)) else matrix[i][j]
             for j in range(n)] for i in range(m)]
