# Oracle: second algorithm, union-find with one virtual border node: an 'O' stays exactly when it shares a root with the border; returns the board as it must look afterwards.
def oracle(board):
    rows, cols = len(board), len(board[0])
    border = rows * cols
    parent = list(range(border + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r in range(rows):
        for c in range(cols):
            if board[r][c] != "O":
                continue
            if r in (0, rows - 1) or c in (0, cols - 1):
                parent[find(r * cols + c)] = find(border)
            for nr, nc in ((r + 1, c), (r, c + 1)):
                if nr < rows and nc < cols and board[nr][nc] == "O":
                    parent[find(r * cols + c)] = find(nr * cols + nc)
    safe = find(border)
    return [["O" if board[r][c] == "O" and find(r * cols + c) == safe else "X" for c in range(cols)]
            for r in range(rows)]
