class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        result, cols = [], []
        used_cols, diag, anti = set(), set(), set()

        def place(row):
            if row == n:
                result.append(['.' * c + 'Q' + '.' * (n - c - 1) for c in cols])
                return
            for c in range(n):
                if c in used_cols or row - c in diag or row + c in anti:
                    continue
                used_cols.add(c); diag.add(row - c); anti.add(row + c); cols.append(c)
                place(row + 1)
                used_cols.remove(c); diag.remove(row - c); anti.remove(row + c); cols.pop()

        place(0)
        return result
