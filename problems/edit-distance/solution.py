class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        m, n = len(word1), len(word2)
        prev = list(range(n + 1))  # distance from "" to each prefix of word2
        for i in range(1, m + 1):
            cur = [i] + [0] * n
            a = word1[i - 1]
            for j in range(1, n + 1):
                if a == word2[j - 1]:
                    cur[j] = prev[j - 1]
                else:
                    cur[j] = 1 + min(prev[j - 1], prev[j], cur[j - 1])  # replace, delete, insert
            prev = cur
        return prev[n]
