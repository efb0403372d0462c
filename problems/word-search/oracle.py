# Oracle: brute force, every simple path of the word's length from every cell, tracked with an explicit set of used cells (no letter counting, no pruning beyond matching letters).
def oracle(board, word):
    rows, cols = len(board), len(board[0])

    def paths(r, c, i, used):
        if board[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        used = used | {(r, c)}
        return any(
            paths(nr, nc, i + 1, used)
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1))
            if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in used
        )

    return any(paths(r, c, 0, frozenset()) for r in range(rows) for c in range(cols))
