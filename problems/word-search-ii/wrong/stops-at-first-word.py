# Missed words: stops searching a path as soon as it spells a word, so a longer word through it ("apple" after "app") is never found.
class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        trie = {}
        for w in words:
            node = trie
            for ch in w:
                node = node.setdefault(ch, {})
            node["$"] = w
        rows, cols = len(board), len(board[0])
        found = set()

        def walk(r, c, node):
            ch = board[r][c]
            node = node.get(ch)
            if node is None:
                return
            if "$" in node:
                found.add(node["$"])
                return
            board[r][c] = "#"
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols:
                    walk(nr, nc, node)
            board[r][c] = ch

        for r in range(rows):
            for c in range(cols):
                walk(r, c, trie)
        return list(found)
