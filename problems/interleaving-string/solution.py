class Solution:
    def isInterleave(self, s1: str, s2: str, s3: str) -> bool:
        m, n = len(s1), len(s2)
        if m + n != len(s3):
            return False
        # ok[j] for the current i: s1[:i] and s2[:j] interleave into s3[:i + j].
        ok = [True] * (n + 1)
        for j in range(1, n + 1):
            ok[j] = ok[j - 1] and s2[j - 1] == s3[j - 1]
        for i in range(1, m + 1):
            ok[0] = ok[0] and s1[i - 1] == s3[i - 1]
            for j in range(1, n + 1):
                c = s3[i + j - 1]
                ok[j] = (ok[j] and s1[i - 1] == c) or (ok[j - 1] and s2[j - 1] == c)
        return ok[n]
