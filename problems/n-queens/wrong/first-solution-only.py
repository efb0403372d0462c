# Stops at the first valid board and returns only that one, instead of every placement.
class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        cols = []
        def place(row):
            if row == n:
                return True
            for c in range(n):
                if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)):
                    cols.append(c)
                    if place(row + 1):
                        return True
                    cols.pop()
            return False
        return [['.' * c + 'Q' + '.' * (n - c - 1) for c in cols]] if place(0) else []
