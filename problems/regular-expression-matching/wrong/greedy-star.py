# Lets each "x*" swallow as many characters as it can and never gives any back.
class Solution:
    def isMatch(self, s: str, p: str) -> bool:
        i = j = 0
        while j < len(p):
            if j + 1 < len(p) and p[j + 1] == "*":
                while i < len(s) and p[j] in (s[i], "."):
                    i += 1
                j += 2
            elif i < len(s) and p[j] in (s[i], "."):
                i += 1
                j += 1
            else:
                return False
        return i == len(s)
