# Counts occurrences of t as a contiguous substring, not as a subsequence.
class Solution:
    def numDistinct(self, s: str, t: str) -> int:
        return sum(1 for i in range(len(s) - len(t) + 1) if s[i:i + len(t)] == t)
