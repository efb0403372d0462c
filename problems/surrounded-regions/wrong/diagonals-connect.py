# Lets diagonal neighbours connect a region to the border, so some surrounded regions survive.
class Solution:
    def solve(self, board: List[List[str]]) -> None:
        rows, cols = len(board), len(board[0])
        stack = [(r, c) for r in range(rows) for c in range(cols)
                 if (r in (0, rows - 1) or c in (0, cols - 1)) and board[r][c] == "O"]
        while stack:
            r, c = stack.pop()
            if board[r][c] != "O":
                continue
            board[r][c] = "S"
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    nr, nc = r + dr, c + dc
                    if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] == "O":
                        stack.append((nr, nc))
        for row in board:
            for c, cell in enumerate(row):
                row[c] = "O" if cell == "S" else "X"
