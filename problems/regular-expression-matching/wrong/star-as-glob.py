# Treats "*" as a shell-style wildcard for any sequence, ignoring the element before it.
class Solution:
    def isMatch(self, s: str, p: str) -> bool:
        m, n = len(s), len(p)
        match = [[False] * (n + 1) for _ in range(m + 1)]
        match[m][n] = True
        for i in range(m, -1, -1):
            for j in range(n - 1, -1, -1):
                if p[j] == "*":
                    match[i][j] = match[i][j + 1] or (i < m and match[i + 1][j])
                else:
                    match[i][j] = i < m and p[j] in (s[i], ".") and match[i + 1][j + 1]
        return match[0][0]
