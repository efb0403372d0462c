# Turns the wrong way: down the left column first, giving the counter-clockwise spiral.
class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        out = []
        top, bottom = 0, len(matrix) - 1
        left, right = 0, len(matrix[0]) - 1
        while top <= bottom and left <= right:
            out.extend(matrix[r][left] for r in range(top, bottom + 1))
            out.extend(matrix[bottom][c] for c in range(left + 1, right + 1))
            if top < bottom and left < right:
                out.extend(matrix[r][right] for r in range(bottom - 1, top - 1, -1))
                out.extend(matrix[top][c] for c in range(right - 1, left, -1))
            top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
        return out
