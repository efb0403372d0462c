# Wrong idea: checks that s2 holds enough of each letter of s1 anywhere, not inside one window of length len(s1).
class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        have = Counter(s2)
        return all(have[ch] >= k for ch, k in Counter(s1).items())
