# Builds every path of len(word) cells and compares the whole string at the end, without stopping at the first wrong letter: exponential, times out.
class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        rows, cols = len(board), len(board[0])
        def dfs(r, c, path, seen):
            path += board[r][c]
            if len(path) == len(word):
                return path == word
            seen.add((r, c))
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen and dfs(nr, nc, path, seen):
                    seen.discard((r, c))
                    return True
            seen.discard((r, c))
            return False
        return any(dfs(r, c, "", set()) for r in range(rows) for c in range(cols))
