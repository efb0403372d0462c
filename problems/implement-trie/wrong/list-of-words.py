# Correct answers, but keeps a plain list and scans every word on each query: O(n*L) per call, times out.
class Trie:

    def __init__(self):
        self.words = []

    def insert(self, word: str) -> None:
        if word not in self.words:
            self.words.append(word)

    def search(self, word: str) -> bool:
        return word in self.words

    def startsWith(self, prefix: str) -> bool:
        return any(w.startswith(prefix) for w in self.words)
