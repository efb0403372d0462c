class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        if len(text1) < len(text2):
            text1, text2 = text2, text1  # keep the row as short as possible
        prev = [0] * (len(text2) + 1)
        for a in text1:
            cur = [0]
            for j, b in enumerate(text2):
                if a == b:
                    cur.append(prev[j] + 1)
                else:
                    cur.append(max(prev[j + 1], cur[j]))
            prev = cur
        return prev[-1]
