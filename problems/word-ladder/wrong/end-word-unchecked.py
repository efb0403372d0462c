# Accepts endWord as soon as it is one letter away, without checking that endWord is in the word list.
class Solution:
    def ladderLength(self, beginWord: str, endWord: str, wordList: List[str]) -> int:
        words = set(wordList)
        queue = deque([(beginWord, 1)])
        seen = {beginWord}
        while queue:
            word, length = queue.popleft()
            for i in range(len(word)):
                for ch in string.ascii_lowercase:
                    nxt = word[:i] + ch + word[i + 1:]
                    if nxt == endWord:
                        return length + 1
                    if nxt in words and nxt not in seen:
                        seen.add(nxt)
                        queue.append((nxt, length + 1))
        return 0
