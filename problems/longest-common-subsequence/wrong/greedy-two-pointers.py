# Greedy two pointers: matches each character of text1 with its next occurrence in text2, which can waste characters.
class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        j = count = 0
        for a in text1:
            k = text2.find(a, j)
            if k != -1:
                count += 1
                j = k + 1
        return count
