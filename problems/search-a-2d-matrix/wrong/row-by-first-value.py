# Off by one: picks the row whose first value is the first one >= target, which is the next row when target is not a row start.
class Solution:
    def searchMatrix(self, matrix: List[List[int]], target: int) -> bool:
        firsts = [row[0] for row in matrix]
        r = bisect_left(firsts, target)
        if r == len(matrix):
            r -= 1
        row = matrix[r]
        i = bisect_left(row, target)
        return i < len(row) and row[i] == target
