# Compares the words position by position plus the length difference: ignores that an insertion shifts everything after it.
class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        return sum(a != b for a, b in zip(word1, word2)) + abs(len(word1) - len(word2))
