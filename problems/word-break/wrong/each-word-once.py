# Removes a word from the dictionary once it is used, so "applepenapple" with ["apple", "pen"] fails.
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        def can(start, left):
            if start == len(s):
                return True
            for w in list(left):
                if s.startswith(w, start) and can(start + len(w), left - {w}):
                    return True
            return False
        return can(0, frozenset(wordDict))
