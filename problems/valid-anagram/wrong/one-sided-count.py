# Missed case: checks that t holds enough of each letter of s, but never that t has nothing extra.
class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        need = Counter(s)
        have = Counter(t)
        return all(have[ch] >= k for ch, k in need.items())
