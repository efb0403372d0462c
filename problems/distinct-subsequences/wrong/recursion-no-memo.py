# Correct counts, but plain recursion tries every choice again and again: exponential when letters repeat.
class Solution:
    def numDistinct(self, s: str, t: str) -> int:
        def count(i, j):
            if j == len(t):
                return 1
            if len(s) - i < len(t) - j:
                return 0
            total = count(i + 1, j)
            if s[i] == t[j]:
                total += count(i + 1, j + 1)
            return total
        return count(0, 0)
