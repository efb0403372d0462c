# Missed rule: never marks cells as used, so a word may step back onto a cell it already used.
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

        def walk(r, c, node, depth):
            node = node.get(board[r][c])
            if node is None or depth > 10:
                return
            if "$" in node:
                found.add(node["$"])
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols:
                    walk(nr, nc, node, depth + 1)

        for r in range(rows):
            for c in range(cols):
                walk(r, c, trie, 1)
        return list(found)
