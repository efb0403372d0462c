# Marks cells as used but never restores them after a dead end, so a later path cannot use them.
class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        rows, cols = len(board), len(board[0])
        def dfs(r, c, i):
            if board[r][c] != word[i]:
                return False
            if i == len(word) - 1:
                return True
            board[r][c] = '#'
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and dfs(nr, nc, i + 1):
                    return True
            return False
        return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))
