# Zeroes the rows that hold a 0 but forgets the columns.
class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> None:
        for row in matrix:
            if 0 in row:
                row[:] = [0] * len(row)
