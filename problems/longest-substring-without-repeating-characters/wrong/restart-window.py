# On a repeat, restarts the window at the current character, dropping valid characters in between ("dvdf" gives 2).
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        seen = set()
        best = 0
        for ch in s:
            if ch in seen:
                seen = set()
            seen.add(ch)
            best = max(best, len(seen))
        return best
