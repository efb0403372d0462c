# Skips the length check: stops as soon as s3 is used up, accepting an s3 that leaves characters of s1 or s2 unused.
class Solution:
    def isInterleave(self, s1: str, s2: str, s3: str) -> bool:
        reach = {(0, 0)}
        for c in s3:
            nxt = set()
            for i, j in reach:
                if i < len(s1) and s1[i] == c:
                    nxt.add((i + 1, j))
                if j < len(s2) and s2[j] == c:
                    nxt.add((i, j + 1))
            reach = nxt
        return bool(reach)
