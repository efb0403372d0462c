# Wrong index conversion: divides the flat position by the number of rows instead of columns; only square matrices work.
class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        rows, cols = len(matrix), len(matrix[0])
        lo, hi = 0, rows * cols - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            r, c = mid // rows, mid % rows
            if r >= rows or c >= cols:
                hi = mid - 1
                continue
            value = matrix[r][c]
            if value == target:
                return True
            if value < target:
                lo = mid + 1
            else:
                hi = mid - 1
        return False
