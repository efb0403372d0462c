# Greedy: at each position takes the longest dictionary word that matches and never backtracks.
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        words = set(wordDict)
        longest = max(len(w) for w in words)
        i = 0
        while i < len(s):
            for size in range(min(longest, len(s) - i), 0, -1):
                if s[i:i + size] in words:
                    i += size
                    break
            else:
                return False
        return True
