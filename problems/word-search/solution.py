class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        rows, cols = len(board), len(board[0])
        # Cheap pruning: the board must hold enough of every letter.
        have = Counter(ch for row in board for ch in row)
        if any(have[ch] < k for ch, k in Counter(word).items()):
            return False

        def dfs(r, c, i):
            if board[r][c] != word[i]:
                return False
            if i == len(word) - 1:
                return True
            board[r][c] = '#'  # mark as used on the current path
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and dfs(nr, nc, i + 1):
                    board[r][c] = word[i]
                    return True
            board[r][c] = word[i]  # unmark when backtracking
            return False

        return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))
