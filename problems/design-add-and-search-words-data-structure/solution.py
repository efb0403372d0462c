class WordDictionary:

    def __init__(self):
        self.root = {}  # letter -> child node; the key "$" marks the end of a word

    def addWord(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True

    def search(self, word: str) -> bool:
        nodes = [self.root]  # every trie node the pattern's prefix can reach
        for ch in word:
            if ch == ".":
                nodes = [child for node in nodes for key, child in node.items() if key != "$"]
            else:
                nodes = [node[ch] for node in nodes if ch in node]
            if not nodes:
                return False
        return any("$" in node for node in nodes)
