# Solves longest common SUBSTRING (contiguous): resets to 0 on a mismatch instead of carrying the best so far.
class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        best = 0
        prev = [0] * (len(text2) + 1)
        for a in text1:
            cur = [0] * (len(text2) + 1)
            for j, b in enumerate(text2):
                if a == b:
                    cur[j + 1] = prev[j] + 1
                    best = max(best, cur[j + 1])
            prev = cur
        return best
