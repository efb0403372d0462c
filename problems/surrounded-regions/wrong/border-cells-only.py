# Keeps only the 'O' cells lying on the border itself, capturing those connected to them from inside.
class Solution:
    def solve(self, board: List[List[str]]) -> None:
        rows, cols = len(board), len(board[0])
        for r in range(1, rows - 1):
            for c in range(1, cols - 1):
                board[r][c] = "X"
