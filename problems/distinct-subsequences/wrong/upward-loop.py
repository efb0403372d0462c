# Updates the one-row table from low j to high j, so one character of s can match several characters of t.
class Solution:
    def numDistinct(self, s: str, t: str) -> int:
        n = len(t)
        ways = [1] + [0] * n
        for ch in s:
            for j in range(1, n + 1):
                if t[j - 1] == ch:
                    ways[j] += ways[j - 1]
        return ways[n]
