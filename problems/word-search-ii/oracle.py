# Oracle: brute force per word, an independent backtracking search for each word from every cell (no trie).
def oracle(board, words):
    rows, cols = len(board), len(board[0])

    def found(word):
        used = [[False] * cols for _ in range(rows)]

        def walk(r, c, i):
            if board[r][c] != word[i]:
                return False
            if i == len(word) - 1:
                return True
            used[r][c] = True
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and not used[nr][nc] and walk(nr, nc, i + 1):
                    used[r][c] = False
                    return True
            used[r][c] = False
            return False

        return any(walk(r, c, 0) for r in range(rows) for c in range(cols))

    return sorted(w for w in set(words) if found(w))
