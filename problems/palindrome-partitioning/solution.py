class Solution:
    def partition(self, s: str) -> List[List[str]]:
        n = len(s)
        # is_pal[i][j]: s[i..j] is a palindrome; filled for growing lengths.
        is_pal = [[False] * n for _ in range(n)]
        for length in range(1, n + 1):
            for i in range(n - length + 1):
                j = i + length - 1
                is_pal[i][j] = s[i] == s[j] and (length <= 2 or is_pal[i + 1][j - 1])

        found = []
        pieces = []

        def cut(i):
            if i == n:
                found.append(pieces[:])
                return
            for j in range(i, n):
                if is_pal[i][j]:
                    pieces.append(s[i:j + 1])
                    cut(j + 1)
                    pieces.pop()

        cut(0)
        return found
