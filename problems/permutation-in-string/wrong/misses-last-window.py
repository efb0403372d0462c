# Off by one: compares the counts before adding the new letter, so the window ending at the last letter is never checked.
class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        m = len(s1)
        if m > len(s2):
            return False
        need = Counter(s1)
        window = Counter(s2[:m])
        for i in range(m, len(s2)):
            if window == need:
                return True
            window[s2[i]] += 1
            window[s2[i - m]] -= 1
            if window[s2[i - m]] == 0:
                del window[s2[i - m]]
        return False
