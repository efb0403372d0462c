# Correct answers, but plain recursion retries the same suffix again and again: exponential on "aaaa...ab".
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        def can(start):
            if start == len(s):
                return True
            for w in wordDict:
                if s.startswith(w, start) and can(start + len(w)):
                    return True
            return False
        return can(0)
