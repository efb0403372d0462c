class Solution:
    def solve(self, board: List[List[str]]) -> None:
        rows, cols = len(board), len(board[0])
        # Mark every 'O' reachable from the border as safe ('S'), without recursion.
        stack = [(r, c) for r in range(rows) for c in (0, cols - 1)]
        stack += [(r, c) for c in range(cols) for r in (0, rows - 1)]
        while stack:
            r, c = stack.pop()
            if 0 <= r < rows and 0 <= c < cols and board[r][c] == "O":
                board[r][c] = "S"
                stack.extend(((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)))
        for row in board:
            for c, cell in enumerate(row):
                row[c] = "O" if cell == "S" else "X"  # unmarked 'O's were surrounded
