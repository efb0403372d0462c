# Stores row - col and row + col in ONE set: different diagonals collide (2 + 0 == 3 - 1), so valid boards are lost.
class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        result, cols = [], []
        used_cols, diags = set(), set()
        def place(row):
            if row == n:
                result.append(['.' * c + 'Q' + '.' * (n - c - 1) for c in cols])
                return
            for c in range(n):
                if c in used_cols or row - c in diags or row + c in diags:
                    continue
                used_cols.add(c); diags.add(row - c); diags.add(row + c); cols.append(c)
                place(row + 1)
                used_cols.remove(c); diags.discard(row - c); diags.discard(row + c); cols.pop()
        place(0)
        return result
