# Wrong search: a "." follows only the first child it finds instead of trying every child.
class WordDictionary:

    def __init__(self):
        self.root = {}

    def addWord(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True

    def search(self, word: str) -> bool:
        node = self.root
        for ch in word:
            if ch == ".":
                children = [child for key, child in node.items() if key != "$"]
                if not children:
                    return False
                node = children[0]
            elif ch in node:
                node = node[ch]
            else:
                return False
        return "$" in node
