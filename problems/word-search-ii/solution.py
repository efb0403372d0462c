class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        trie = {}
        for w in words:
            node = trie
            for ch in w:
                node = node.setdefault(ch, {})
            node["$"] = w  # the end of a word holds the word itself

        rows, cols = len(board), len(board[0])
        found = []

        def walk(r: int, c: int, parent: dict) -> None:
            ch = board[r][c]
            node = parent[ch]
            if "$" in node:
                found.append(node.pop("$"))  # report each word once
            board[r][c] = "#"  # mark the cell as used on this path
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] in node:
                    walk(nr, nc, node)
            board[r][c] = ch
            if not node:
                parent.pop(ch)  # prune a branch whose words are all found

        for r in range(rows):
            for c in range(cols):
                if board[r][c] in trie:
                    walk(r, c, trie)
        return found
